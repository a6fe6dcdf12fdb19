/**
 * The order of a fact's sentences as stored: the one writing out its amount first, every
 * sentence once, the extractor's order kept between equals.
 */
import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../src/core/contract.js";
import { sentencesInOrder, statedInProperties } from "../../src/graph/evidence.js";

const sentence = (start: number, quote: string) => ({ start, end: start + quote.length, quote });
const RISE = sentence(0, "Trade with them rose 27.5% year on year.");
const VALUE = sentence(100, "It expanded 27.5% year on year to 5.35 trillion yuan.");
const SHARE = sentence(200, "It accounted for 29.6% of the total.");

const fact = (evidence: TradeFact["evidence"], more: TradeFact["evidence"][]): TradeFact => ({
  id: "tf:0000000000000001",
  reporter: "country:CHN",
  partner: null,
  commodity: null,
  flow: "TOTAL",
  segment: null,
  period: { start: "2021-01", end: "2021-06" },
  value: { amount: 5_350_000_000_000, currency: "CNY" },
  quantity: null,
  price: null,
  changePct: 27.5,
  baseline: null,
  sharePct: 29.6,
  evidence,
  moreEvidence: more,
  speaker: null,
});

describe("a fact's sentences in order", () => {
  it("puts the sentence with the amount first, then the change, then the share", () => {
    expect(sentencesInOrder(fact(SHARE, [RISE, VALUE]))).toEqual([VALUE, RISE, SHARE]);
  });

  it("keeps each sentence once and the extractor's order between sentences stating as much", () => {
    const again = sentence(300, "Trade with them rose 27.5% in the half.");
    expect(sentencesInOrder(fact(RISE, [again, RISE]))).toEqual([RISE, again]);
  });

  it("stores the lead as quote, start, end and the others in order as more*", () => {
    const props = statedInProperties(fact(RISE, [SHARE, VALUE]));
    expect(props.quote).toBe(VALUE.quote);
    expect(Number(props.start)).toBe(100);
    expect(props.moreQuotes).toEqual([RISE.quote, SHARE.quote]);
    expect((props.moreStarts as unknown[]).map(Number)).toEqual([0, 200]);
    expect(statedInProperties(fact(VALUE, [])).moreQuotes).toBeNull();
  });
});
