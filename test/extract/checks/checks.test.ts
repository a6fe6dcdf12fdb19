import { describe, expect, it } from "vitest";
import type { Flow, TradeFact } from "../../../src/core/contract.js";
import { flowsAddUp } from "../../../src/extract/checks/flows-add-up.js";
import { checkFacts, emittedFacts } from "../../../src/extract/checks/index.js";
import { oneChangePerKey } from "../../../src/extract/checks/one-change-per-key.js";
import { yuanSeriesWins } from "../../../src/extract/checks/yuan-series-wins.js";
import { fact, money } from "./fact.js";

const ctx = { documentMonth: "2021-07" };
const flowFact = (flow: Flow, amount: number, more: Partial<TradeFact> = {}) =>
  fact({ flow, value: money(amount), ...more });

describe("flows add up", () => {
  const TABLE: [string, TradeFact[], number[]][] = [
    [
      "exports + imports = total, within rounding",
      [flowFact("EXPORT", 1.21e12), flowFact("IMPORT", 0.98e12), flowFact("TOTAL", 2.2e12)],
      [],
    ],
    [
      "a segment's figure read as the total is doubted with both flows",
      [flowFact("EXPORT", 1.21e12), flowFact("IMPORT", 0.98e12), flowFact("TOTAL", 1.1e12)],
      [0, 1, 2],
    ],
    [
      "a balance that holds vindicates exports and imports: only the total is doubted",
      [
        flowFact("EXPORT", 1.21e12),
        flowFact("IMPORT", 0.98e12),
        flowFact("TOTAL", 1.1e12),
        flowFact("BALANCE", 0.23e12),
      ],
      [2],
    ],
    [
      "a total printed to two digits ('1.8 trillion') agrees with its parts within its rounding",
      [flowFact("EXPORT", 0.7949e12), flowFact("IMPORT", 1.0363e12), flowFact("TOTAL", 1.8e12)],
      [],
    ],
    [
      "a total printed to four digits gets no such room",
      [flowFact("EXPORT", 0.7949e12), flowFact("IMPORT", 1.0363e12), flowFact("TOTAL", 1.801e12)],
      [0, 1, 2],
    ],
    [
      "two values of one flow leave nothing to add up",
      [
        flowFact("EXPORT", 1.21e12),
        flowFact("IMPORT", 0.98e12),
        flowFact("TOTAL", 2.19e12),
        flowFact("TOTAL", 2e12),
      ],
      [],
    ],
    [
      "flows of different periods are not compared",
      [
        flowFact("EXPORT", 1.21e12),
        flowFact("IMPORT", 0.98e12),
        flowFact("TOTAL", 1.1e12, { period: { start: "2021-06", end: "2021-06" } }),
      ],
      [],
    ],
    [
      "flows of different partners are not compared",
      [
        flowFact("EXPORT", 1.21e12),
        flowFact("IMPORT", 0.98e12),
        flowFact("TOTAL", 1.1e12, { partner: "region:asean" }),
      ],
      [],
    ],
  ];
  it.each(TABLE)("%s", (_, facts, doubted) => {
    expect([...flowsAddUp.check(facts, ctx).keys()].sort()).toEqual(doubted);
  });
});

describe("applying the checks", () => {
  it("drops a fact below the threshold and keeps the confidence of the others", () => {
    const kept = fact({ sharePct: 20, evidence: { quote: "a share of 20%", start: 0, end: 14 } });
    const out = emittedFacts([kept, fact({ sharePct: 120 })], ctx);
    expect(out).toEqual([{ ...kept, confidence: 1 }]);
  });

  it("clears a value without its scale word and keeps the change beside it, under a new id", () => {
    const f = fact({
      value: money(12.58),
      changePct: 7.9,
      evidence: { quote: "12.58 trillion yuan, up 7.9 percent", start: 0, end: 35 },
    });
    const [out] = emittedFacts([f], ctx);
    expect(out.value).toBeNull();
    expect(out.changePct).toBe(7.9);
    expect(out.id).not.toBe(f.id);
  });

  it("drops a fact left with no figure", () => {
    expect(emittedFacts([fact({ value: money(3) })], ctx)).toEqual([]);
  });

  it("a fact ruled out does not cast doubt on the flows beside it", () => {
    const q = {
      quote: "exports 1.21 trillion, imports 0.98 trillion, total 2.19 trillion",
      start: 0,
      end: 10,
    };
    const facts = [
      flowFact("EXPORT", 1.21e12, { evidence: q }),
      flowFact("IMPORT", 0.98e12, { evidence: q }),
      flowFact("TOTAL", 5.5e12, { evidence: q, period: { start: "2029-01", end: "2029-12" } }),
    ];
    expect(checkFacts(facts, ctx).map((c) => c.confidence)).toEqual([1, 1, 0]);
  });
});

describe("the yuan series wins", () => {
  const usd = (amount: number) => ({ amount, currency: "USD" as const });
  const TABLE: [string, TradeFact[], number[]][] = [
    [
      "a dollar figure of a fact also given in yuan is dropped, with its change",
      [
        fact({ value: money(9.85e12), changePct: 28.1 }),
        fact({ value: usd(1.52e12), changePct: 38.6 }),
      ],
      [1],
    ],
    ["a dollar figure alone stands", [fact({ value: usd(1.52e12), changePct: 38.6 })], []],
    [
      "a dollar figure of another period stands",
      [
        fact({ value: money(9.85e12) }),
        fact({ value: usd(0.3e12), period: { start: "2021-06", end: "2021-06" } }),
      ],
      [],
    ],
  ];
  it.each(TABLE)("%s", (_, facts, doubted) => {
    expect([...yuanSeriesWins.check(facts, ctx).keys()]).toEqual(doubted);
  });
});

describe("one sentence, one change per fact", () => {
  const said = (start: number) => ({ evidence: { quote: "…", start, end: start + 1 } });
  const TABLE: [string, TradeFact[], number[]][] = [
    [
      "of two changes one sentence gives one fact, the one beside its amount is kept",
      [
        fact({ value: money(2.5e13), changePct: 5.9, ...said(0) }),
        fact({ changePct: -4.6, ...said(0) }),
      ],
      [1],
    ],
    [
      "two changes of one fact with no amount: neither can be trusted",
      [fact({ changePct: 5.9, ...said(0) }), fact({ changePct: -4.6, ...said(0) })],
      [0, 1],
    ],
    [
      "changes of one fact from two sentences stand (another aspect of it)",
      [
        fact({ value: money(2.5e13), changePct: 5.9, ...said(0) }),
        fact({ changePct: 16, ...said(90) }),
      ],
      [],
    ],
    [
      "one change stated twice is no conflict",
      [
        fact({ value: money(2.5e13), changePct: 5.9, ...said(0) }),
        fact({ changePct: 5.9, ...said(0) }),
      ],
      [],
    ],
    [
      "changes of different periods are different facts",
      [
        fact({ changePct: 5.9, ...said(0) }),
        fact({ changePct: -4.6, period: { start: "2020-01", end: "2020-06" }, ...said(0) }),
      ],
      [],
    ],
  ];
  it.each(TABLE)("%s", (_, facts, doubted) => {
    expect([...oneChangePerKey.check(facts, ctx).keys()].sort()).toEqual(doubted);
  });
});
