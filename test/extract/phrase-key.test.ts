import { describe, expect, it } from "vitest";
import { phraseKey, tokenize } from "../../src/extract/tokens.js";

/**
 * A phrase's look-up key: its normalised tokens joined by spaces. ASCII phrases are keyed
 * without token objects; the key must be the one the tokens give.
 */
const TABLE: Array<[string, string]> = [
  ["exports", "exports"],
  ["China products", "china products"],
  ["cross-border", "cross - border"],
  ["U.S. dollars", "u . s . dollars"],
  ["  Supreme People's\tProcuratorate ", "supreme people ' s procuratorate"],
  ["RMB1.8", "rmb1 . 8"],
  ["", ""],
  ["Xi’an", "xi ' an"],
  ["Ürümqi city", "ürümqi city"],
];

describe("phraseKey: the look-up key of a phrase", () => {
  for (const [phrase, key] of TABLE)
    it(JSON.stringify(phrase), () => {
      expect(phraseKey(phrase)).toBe(key);
      expect(phraseKey(phrase)).toBe(
        tokenize(phrase)
          .map((t) => t.norm)
          .join(" "),
      );
    });
});
