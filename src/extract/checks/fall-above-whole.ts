/**
 * Nothing falls by more than all of itself: a change below -100% is a misread figure (a
 * percentage-point difference, or a rise read as a fall).
 */
import type { FactCheck } from "./types.js";

export const fallAboveWhole: FactCheck = {
  name: "fall-above-whole",
  check: (fact) =>
    fact.changePct !== null && fact.changePct < -100
      ? { weight: 0, reason: `a change of ${fact.changePct}% is a fall of more than everything` }
      : null,
};
