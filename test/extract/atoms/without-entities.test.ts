import { describe, expect, it } from "vitest";
import { atomsWithoutEntities, readAtomsIn } from "../../../src/extract/atoms/index.js";

/**
 * One reading serves the trade layer (with entity mentions) and the figure-in-quote check
 * (without): the atoms without entities must be those a reading without mentions gives.
 */
const TABLE: Array<[string, string, string[]]> = [
  ["no mention", "Exports rose 5.2 percent to 3 billion yuan.", []],
  ["a country", "Exports to Brazil rose 5.2 percent to 3 billion yuan.", ["Brazil"]],
  ["a name holding a number", "The G20 summit saw imports of 30 tonnes.", ["G20"]],
  ["two names", "Trade between China and Chile hit 1.2 trillion yuan.", ["China", "Chile"]],
];

describe("atomsWithoutEntities: a reading's atoms as if no mention were known", () => {
  for (const [name, text, names] of TABLE)
    it(name, () => {
      const entities = names.map((n) => {
        const start = text.indexOf(n);
        return { start, end: start + n.length, id: `x:${n}`, type: "Country" };
      });
      const withMentions = readAtomsIn(text, 0, text.length, entities);
      const plain = readAtomsIn(text, 0, text.length);
      expect(atomsWithoutEntities(withMentions)).toEqual(plain.atoms);
      if (names.length) expect(withMentions.atoms.some((a) => a.kind === "Entity")).toBe(true);
    });
});
