/**
 * Which figures of a fact a sentence writes out, compared as exact decimals: the order of a
 * fact's evidence depends on it (src/graph/evidence.ts).
 */
import { describe, expect, it } from "vitest";
import {
  evidenceWeight,
  exactDecimal,
  type FactFigures,
  figuresStated,
} from "../../src/core/written-figures.js";

const none: FactFigures = {
  value: null,
  quantity: null,
  price: null,
  changePct: null,
  sharePct: null,
};

describe("figuresStated", () => {
  it("finds an amount written with a scale word, with thousands separators or abbreviated", () => {
    const fact = { ...none, value: 5_350_000_000_000 };
    expect(figuresStated("expanded 27.5% to 5.35 trillion yuan", fact)).toEqual(["VALUE"]);
    expect(figuresStated("reached 5,350 billion yuan", fact)).toEqual(["VALUE"]);
    expect(figuresStated("¥5.35 trln in all", fact)).toEqual(["VALUE"]);
    expect(figuresStated("reached 5.36 trillion yuan", fact)).toEqual([]);
    expect(figuresStated("5.35 billion yuan", fact)).toEqual([]);
  });

  it("tells a change from a share, and reads multiples and doublings as changes", () => {
    const fact = { ...none, changePct: 120, sharePct: 29.6 };
    expect(figuresStated("increased 1.2 times; it accounted for 29.6%", fact)).toEqual([
      "CHANGE",
      "SHARE",
    ]);
    expect(figuresStated("up 120 percent", fact)).toEqual(["CHANGE"]);
    expect(figuresStated("29.6 tonnes", fact)).toEqual([]);
    expect(figuresStated("exports doubled", { ...none, changePct: 100 })).toEqual(["CHANGE"]);
    expect(figuresStated("down 3.2%", { ...none, changePct: -3.2 })).toEqual(["CHANGE"]);
    expect(figuresStated("rose seven percent", { ...none, changePct: 7 })).toEqual(["CHANGE"]);
    expect(figuresStated("up twenty-one per cent", { ...none, changePct: 21 })).toEqual(["CHANGE"]);
    expect(figuresStated("more than one-third of the total", { ...none, sharePct: 33.3 })).toEqual([
      "SHARE",
    ]);
  });

  it("weighs an amount above a change above a share", () => {
    expect(evidenceWeight(["VALUE"])).toBeGreaterThan(evidenceWeight(["CHANGE", "SHARE"]));
    expect(evidenceWeight(["CHANGE"])).toBeGreaterThan(evidenceWeight(["SHARE"]));
  });
});

describe("exactDecimal", () => {
  it("writes a number's magnitude without exponent or float noise", () => {
    expect(exactDecimal(8_220_000_000_000)).toBe("8220000000000");
    expect(exactDecimal(1e21)).toBe("1000000000000000000000");
    expect(exactDecimal(-2.5)).toBe("2.5");
    expect(exactDecimal(1075.8)).toBe("1075.8");
  });
});
