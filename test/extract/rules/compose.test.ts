// Whole sentences through readAtoms → composeNodes: what the clause layer will see.
import { describe, expect, it } from "vitest";
import { composeNodes, type Node, RULES, readAtoms } from "../../../src/extract/rules/index.js";
import { flatten, show } from "./run-examples.js";

/** "Kind(text)" for each top-level node, skipping plain words' atoms the test does not list. */
function top(text: string, entities: Array<[string, string]> = []): string[] {
  const mentions = entities.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, id: `x:${name}`, type };
  });
  const nodes = composeNodes(readAtoms(text, [0, text.length], mentions));
  const keep = new Set([
    "Period",
    "Change",
    "List",
    "Money",
    "Quantity",
    "Price",
    "Percent",
    "Points",
    "Date",
    "Count",
    "Entity",
  ]);
  return nodes
    .filter((n) => keep.has(n.kind))
    .map((n) => `${n.kind}(${text.slice(n.start, n.end)})`);
}

describe("composeNodes on whole sentences", () => {
  const table: Array<[string, string[]]> = [
    [
      "In the first half of this year, exports rose 5.2% to 8.22 trillion yuan (about $1.2 trillion).",
      [
        "Period(the first half of this year)",
        "Change(rose 5.2%)",
        "Money(8.22 trillion yuan)",
        "Money($1.2 trillion)",
      ],
    ],
    [
      "Imports were 2.1 trillion yuan in May alone, down 3% year-on-year.",
      ["Money(2.1 trillion yuan)", "Period(in May alone)", "Change(down 3% year-on-year)"],
    ],
    [
      "Between January and April, trade grew 41.9% from the same period of 2019.",
      ["Period(Between January and April)", "Change(grew 41.9% from the same period of 2019)"],
    ],
    // counter-examples of the brief
    ["Exports may rise in the coming months.", []],
    ["Trade grew 3% in 2023.", ["Change(grew 3%)", "Period(in 2023)"]],
    [
      "The share rose 2.3 percentage points to 61.8%.",
      ["Points(2.3 percentage points)", "Percent(61.8%)"],
    ],
    ["The rules were issued on January 18, 2024.", ["Date(January 18, 2024)"]],
  ];
  it.each(table)("%s", (text, expected) => {
    expect(top(text)).toEqual(expected);
  });

  it('does not read "Belt and Road" as a list of two', () => {
    expect(
      top("Trade with Belt and Road countries rose.", [["Belt and Road countries", "Region"]]),
    ).toEqual(["Entity(Belt and Road countries)"]);
  });

  it("reads A, B and C with respectively and pairs the changes in order", () => {
    const text = "Trade with ASEAN, the EU and the US rose 5%, 6% and 7%, respectively.";
    const got = top(text, [
      ["ASEAN", "Region"],
      ["EU", "Region"],
      ["US", "Country"],
    ]);
    expect(got).toEqual([
      "List(ASEAN, the EU and the US)",
      "List(rose 5%, 6% and 7%, respectively)",
    ]);
    const nodes = composeNodes(readAtoms(text, [0, text.length]));
    const changes = nodes.find((n) => n.kind === "List" && n.value.itemKind === "Change");
    expect(
      changes?.kind === "List" &&
        changes.value.items.map((c) => c.kind === "Change" && c.value.pct),
    ).toEqual([5, 6, 7]);
  });

  it("gives the same nodes whatever the order of the rules", () => {
    const text =
      "In January and February, exports to A and B rose 24.2 and 10.5 percent, up from the same period last year.";
    const key = (ns: Node[]) => show(text, flatten(ns));
    const forward = key(composeNodes(readAtoms(text), RULES));
    expect(key(composeNodes(readAtoms(text), [...RULES].reverse()))).toBe(forward);
    expect(
      key(
        composeNodes(
          readAtoms(text),
          [...RULES].sort((a, b) => a.name.localeCompare(b.name)),
        ),
      ),
    ).toBe(forward);
  });
});
