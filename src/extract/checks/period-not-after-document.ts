/**
 * A figure measured after the document was written is a forecast or a target ("will reach 45
 * million units by 2030"), not a trade fact.
 */
import type { FactCheck } from "./types.js";

export const periodNotAfterDocument: FactCheck = {
  name: "period-not-after-document",
  check: (fact, ctx) =>
    ctx.documentMonth !== null && fact.period.start > ctx.documentMonth
      ? {
          weight: 0,
          reason: `period ${fact.period.start} starts after the document (${ctx.documentMonth})`,
        }
      : null,
};
