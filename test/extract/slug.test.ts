/** Canonical id pieces: the same name always gives the same slug, and ids hash their fields. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex, slugify, stableId } from "../../src/extract/slug.js";

const SLUGS: Array<[string, string, string]> = [
  ["plain words", "Free Trade Zone", "free-trade-zone"],
  ["a leading article", "The Belt and Road", "belt-and-road"],
  ["an article inside", "Bank of the West", "bank-of-the-west"],
  ["an ampersand", "Trade & Investment", "trade-and-investment"],
  ["apostrophes and quotes", "People's \u201cBank\u201d", "peoples-bank"],
  ["a plus between words", "ASEAN+3", "asean-3"],
  ["runs of signs and dashes", "Sino--Foreign (+) Zone", "sino-foreign-zone"],
  ["signs at both ends", "-(Hainan)-", "hainan"],
  ["accents", "Côte d’Ivoire", "cote-divoire"],
  ["a ligature and a full-width letter", "ﬁsh Ｂ", "fish-b"],
  ["another script only", "海关", ""],
  ["the article alone", "the", "the"],
  ["a word that starts with the article", "Theory of Trade", "theory-of-trade"],
  ["the article before a tab, in capitals", "THE\tZONE", "zone"],
  ["the article before an ampersand", "The& Co", "and-co"],
  ["a quote inside the article", "T'he Co", "co"],
  ["white space before the article", " The Co", "the-co"],
  ["two ampersands", "A&&B", "a-and-and-b"],
];

describe("slugify", () => {
  it.each(SLUGS)("%s", (_what, name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("stable ids", () => {
  it("hash text and bytes as sha256 does", () => {
    const bytes = new TextEncoder().encode("Zölle");
    expect(sha256Hex("Zölle")).toBe(createHash("sha256").update("Zölle", "utf8").digest("hex"));
    expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
  it("prefix the first 16 hex digits of the fields' JSON", () => {
    const fields = { a: 1, b: ["x"] };
    const hex = createHash("sha256").update(JSON.stringify(fields)).digest("hex");
    expect(stableId("tf:", fields)).toBe(`tf:${hex.slice(0, 16)}`);
  });
});
