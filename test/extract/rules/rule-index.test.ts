// The chart's load-time index of a rule list: which rules each word, class and kind can start,
// which take each kind and how far back, as places and bits.
import { describe, expect, it } from "vitest";
import { classNumber } from "../../../src/extract/lexicon/lexicon.js";
import { RULES } from "../../../src/extract/rules/index.js";
import {
  kindNumber,
  MAX_RULES,
  NO_REACH,
  needMasks,
  ruleIndex,
} from "../../../src/extract/rules/rule-index.js";
import type { NodeKind, Rule } from "../../../src/extract/rules/types.js";

const place = (name: string) => RULES.findIndex((r) => r.name === name);

describe("ruleIndex over RULES", () => {
  const ix = ruleIndex(RULES);

  it("is built once per rule list", () => {
    expect(ruleIndex(RULES)).toBe(ix);
  });

  it("holds each rule as one bit", () => {
    expect(ix.all).toBe(RULES.length === 32 ? -1 : (1 << RULES.length) - 1);
  });

  const starts: Array<[string, string, (ix: ReturnType<typeof ruleIndex>) => number[]]> = [
    [
      "the word 'between' starts period-between",
      "period-between",
      (x) => x.byWord.get("between") ?? [],
    ],
    ["a Percent starts the list rule", "list", (x) => x.byKind[kindNumber("Percent")]],
    ["a Change starts change-baseline", "change-baseline", (x) => x.byKind[kindNumber("Change")]],
    ["a Count starts counted-goods", "counted-goods", (x) => x.byKind[kindNumber("Count")]],
  ];
  it.each(starts)("%s", (_what, rule, places) => {
    expect(places(ix)).toContain(place(rule));
  });

  it("lists places in ascending order", () => {
    for (const list of [...ix.byWord.values(), ...ix.byKind, ...ix.takers])
      expect([...list].sort((a, b) => a - b)).toEqual(list);
  });

  const reaches: Array<[string, NodeKind, number]> = [
    // `<Change> [compared] from <Period>`: the Period is at most two words after the change's end,
    // but the Change before it is unbounded
    ["change-baseline", "Period", Number.POSITIVE_INFINITY],
    ["change-baseline", "Change", 0],
    ["counted-goods", "Count", 0],
    ["counted-goods", "Percent", NO_REACH],
    ["list", "Percent", Number.POSITIVE_INFINITY],
  ];
  it.each(reaches)("%s reaches %s back by %s", (rule, kind, reach) => {
    expect(ix.reach[place(rule)][kindNumber(kind)]).toBe(reach);
  });

  it("filters tokens before looking up start words", () => {
    for (const w of ix.byWord.keys()) expect(ix.words.mayHave(w)).toBe(true);
    expect(["exports", "trillion", "percent"].filter((w) => ix.words.mayHave(w))).toEqual([]);
  });

  it("keeps the rules a lexicon class starts by class number", () => {
    const hedged = ix.byLex[classNumber("hedge")];
    for (const k of hedged) expect(RULES[k].starts.lex).toContain("hedge");
    expect(ix.byLex[classNumber("month")]).toEqual([]);
  });

  it("marks the takers of a kind in its bits", () => {
    const bits = ix.takerBits[kindNumber("Entity")];
    expect(bits & (1 << place("counted-goods"))).not.toBe(0);
    expect(bits & (1 << place("change-baseline"))).toBe(0);
  });
});

describe("needMasks", () => {
  it("is one mask of kind bits per group", () => {
    const [a, b] = needMasks([["Percent", "List"], ["Year"]]);
    expect(a).toBe((1 << kindNumber("Percent")) | (1 << kindNumber("List")));
    expect(b).toBe(1 << kindNumber("Year"));
  });
});

describe("ruleIndex limits", () => {
  it(`refuses more than ${MAX_RULES} rules (one bit each)`, () => {
    const many: Rule[] = Array.from({ length: MAX_RULES + 1 }, (_x, i) => ({
      ...RULES[0],
      name: `r${i}`,
    }));
    expect(() => ruleIndex(many)).toThrow(/masks hold/);
  });
});
