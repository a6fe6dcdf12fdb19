// The chart's index of node kinds by position: a rule whose required kinds start nowhere at or
// after a token is not tried there (no match from that token could take them).
import { describe, expect, it } from "vitest";
import { Chart } from "../../../src/extract/rules/chart.js";
import { readAtoms } from "../../../src/extract/rules/index.js";
import { needMasks } from "../../../src/extract/rules/rule-index.js";
import type { NodeKind } from "../../../src/extract/rules/types.js";

describe("Chart.holdsFrom", () => {
  const text = "Exports rose 5% in 2023.";
  //            0       1    2 3 4  5    6
  const reading = readAtoms(text);
  const chart = new Chart(text, reading.tokens, reading.atoms);
  const table: Array<[NodeKind[][], number, boolean]> = [
    [[["Percent"]], 0, true],
    [[["Percent"]], 2, true],
    [[["Percent"]], 3, false],
    [[["Year"]], 5, true],
    [[["Year"]], 6, false],
    [[["ChangeVerb"], ["Percent"]], 1, true],
    [[["ChangeVerb"], ["Percent"]], 2, false],
    [[["Money", "Percent"]], 2, true],
    [[["Money"]], 0, false],
  ];
  it.each(table)("needs %j from token %i: %s", (needs, at, expected) => {
    expect(chart.holdsFrom(needMasks(needs), at)).toBe(expected);
  });
  it("counts a node added later at its first token and every token before it", () => {
    const c = new Chart(text, reading.tokens, reading.atoms);
    const masks = needMasks([["Period"]]);
    expect(c.holdsFrom(masks, 0)).toBe(false);
    c.add({ ...reading.atoms[reading.atoms.length - 1], kind: "Period", source: "t" } as never);
    expect(c.holdsFrom(masks, 0)).toBe(true);
    expect(c.holdsFrom(masks, 5)).toBe(true);
    expect(c.holdsFrom(masks, 6)).toBe(false);
  });
});
