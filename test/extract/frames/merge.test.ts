import { describe, expect, it } from "vitest";
import { roughOf } from "../../../src/extract/frames/merge.js";
import { extractSentence, hasFact } from "../helpers.js";

/**
 * Merging statements of one key: a round figure within a tenth of an exact one is the same
 * statement told less exactly ("exceeded three trillion" and "3.04 trillion"); anything else that
 * differs stays a second statement for the checks to weigh.
 */
const CNY = (amount: number) => ({ amount, currency: "CNY" as const });

const ROUGH: Array<
  [string, Parameters<typeof roughOf>[0], Parameters<typeof roughOf>[1], boolean]
> = [
  ["a one-digit amount near an exact one", CNY(3e12), CNY(3.04e12), true],
  ["a percent ending in zero near an exact one", 30, 30.6, true],
  ["two digits ending in 5", 1.5, 1.46, true],
  ["two digits not ending in 5 are a figure of their own", 29, 28.1, false],
  ["too far from the exact figure", CNY(3e12), CNY(3.5e12), false],
  ["another currency", { amount: 3e12, currency: "USD" }, CNY(3.04e12), false],
  ["the exact figure is no rounding of the round one", 30.6, 30, false],
  ["the same number of digits", 40, 30, false],
];

describe("roughOf", () => {
  it.each(ROUGH)("%s", (_, rough, exact, want) => {
    expect(roughOf(rough, exact)).toBe(want);
  });
});

describe("merging statements of one fact", () => {
  it("keeps the exact figure when a round one is stated for the same key", () => {
    const facts = extractSentence(
      "In the first half, exports topped 3 trillion yuan for the first time.\n\nExports reached 3.04 trillion yuan in the first half, up 30.6 percent.",
    ).tradeFacts;
    expect(hasFact(facts, { flow: "EXPORT", value: CNY(3.04e12), changePct: 30.6 })).toBe(true);
    expect(hasFact(facts, { flow: "EXPORT", value: CNY(3e12) })).toBe(false);
  });
});

describe("evidence of a fact stated twice", () => {
  it("keeps a sentence that restates the fact, though it adds no figure", () => {
    const facts = extractSentence(
      "In the first half, exports rose 5 percent to 2 trillion yuan.\n\nOfficials repeated that in the first half, exports rose 5 percent.",
    ).tradeFacts;
    const fact = facts.find((f) => f.flow === "EXPORT" && f.changePct === 5);
    expect(fact?.value).toEqual(CNY(2e12));
    expect(fact?.moreEvidence?.map((e) => e.quote)).toEqual([
      "Officials repeated that in the first half, exports rose 5 percent.",
    ]);
  });

  it("says a change of whole trade stated without a figure is of its value", () => {
    const facts = extractSentence("In the first half, exports rose 5 percent.").tradeFacts;
    expect(facts.find((f) => f.changePct === 5)?.changeOf).toBe("VALUE");
  });
});
