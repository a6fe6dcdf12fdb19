import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../../src/core/contract.js";
import { fallAboveWhole } from "../../../src/extract/checks/fall-above-whole.js";
import { figureInQuote } from "../../../src/extract/checks/figure-in-quote.js";
import { periodNotAfterDocument } from "../../../src/extract/checks/period-not-after-document.js";
import { quantityHasGoods } from "../../../src/extract/checks/quantity-has-goods.js";
import { shareWithinWhole } from "../../../src/extract/checks/share-within-whole.js";
import type { CheckContext, FactCheck } from "../../../src/extract/checks/types.js";
import { valueHasScale } from "../../../src/extract/checks/value-has-scale.js";
import { fact, money } from "./fact.js";

const ctx: CheckContext = { documentMonth: "2021-07" };
const quote = (q: string, f: Partial<TradeFact>) =>
  fact({ ...f, evidence: { quote: q, start: 0, end: q.length } });

// check, fact, expected weight (null = no doubt), and for slot checks the slot cleared
const TABLE: [string, FactCheck, TradeFact, number | null, string?][] = [
  ["a share of 15.3% is a part of a whole", shareWithinWhole, fact({ sharePct: 15.3 }), null],
  ["a share of 100% is the whole", shareWithinWhole, fact({ sharePct: 100 }), null],
  ["a share of 130% is misread", shareWithinWhole, fact({ sharePct: 130 }), 0],
  ["a share of 0% is no share", shareWithinWhole, fact({ sharePct: 0 }), 0],
  ["a fall of 12% is possible", fallAboveWhole, fact({ changePct: -12 }), null],
  ["a rise of 250% is possible", fallAboveWhole, fact({ changePct: 250 }), null],
  ["a fall of 120% is not", fallAboveWhole, fact({ changePct: -120 }), 0],
  ["2.5 trillion yuan has its scale", valueHasScale, fact({ value: money(2.5e12) }), null],
  ["a deficit of 4.98 billion has its scale", valueHasScale, fact({ value: money(-4.98e9) }), null],
  ["12.58 yuan lost its scale word", valueHasScale, fact({ value: money(12.58) }), 1, "value"],
  [
    "a price is not a value",
    valueHasScale,
    fact({ price: { amount: 80, currency: "USD", per: "t" } }),
    null,
  ],
  [
    "the first half, in a July document, is measured",
    periodNotAfterDocument,
    fact({ period: { start: "2021-01", end: "2021-06" } }),
    null,
  ],
  [
    "the year 2025, in a July 2021 document, is a forecast",
    periodNotAfterDocument,
    fact({ period: { start: "2025-01", end: "2025-12" } }),
    0,
  ],
  [
    "tonnes of soybeans count goods",
    quantityHasGoods,
    fact({ commodity: "commodity:soybeans", quantity: { amount: 7.9e6, unit: "t" } }),
    null,
  ],
  [
    "tonnes of nothing named",
    quantityHasGoods,
    fact({ quantity: { amount: 7.9e6, unit: "t" } }),
    0,
  ],
  [
    "value and change written in the quote",
    figureInQuote,
    quote("Exports rose 12.4 percent to 3.2 trillion yuan.", {
      value: money(3.2e12),
      changePct: 12.4,
    }),
    null,
  ],
  [
    "a fall is written as its size",
    figureInQuote,
    quote("Imports fell 3% in the period.", { changePct: -3 }),
    null,
  ],
  [
    "a rise of 1.2 times is 120 percent",
    figureInQuote,
    quote("Sales abroad grew 1.2 times.", { changePct: 120 }),
    null,
  ],
  [
    "a change stated in another sentence is doubted",
    figureInQuote,
    quote("Exports reached 3.2 trillion yuan.", { value: money(3.2e12), changePct: 9.9 }),
    0.6,
  ],
];

describe("fact checks", () => {
  it.each(TABLE)("%s", (_, check, f, weight, slot) => {
    const doubt = check.check(f, ctx);
    expect(doubt?.weight ?? null).toBe(weight);
    expect(doubt?.clears).toBe(slot);
    if (doubt) expect(doubt.reason).not.toBe("");
  });

  it("a document with no date never calls a period a forecast", () => {
    const f = fact({ period: { start: "2030-01", end: "2030-12" } });
    expect(periodNotAfterDocument.check(f, { documentMonth: null })).toBeNull();
  });
});
