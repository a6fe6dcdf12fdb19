/** A share is a part of a whole: above 0 and at most 100 percent, or the figure was misread. */
import type { FactCheck } from "./types.js";

export const shareWithinWhole: FactCheck = {
  name: "share-within-whole",
  check: (fact) =>
    fact.sharePct !== null && (fact.sharePct <= 0 || fact.sharePct > 100)
      ? { weight: 0, reason: `a share of ${fact.sharePct}% is not a part of a whole` }
      : null,
};
