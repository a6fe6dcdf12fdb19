// Number literals as every numeric reader takes them: the digits joined across "." and ",",
// a scale written on or after them, read once per literal (power, and the token after it).
import { describe, expect, it } from "vitest";
import { findNumberLits } from "../../../src/extract/atoms/numbers.js";
import { attachLexiconSplit } from "../../../src/extract/lexicon/attach.js";
import { tokenize } from "../../../src/extract/tokens.js";

interface Lit {
  text: string;
  digits: string;
  power: number;
  after: string | null;
}

function lits(text: string): Lit[] {
  const { tokens, digits } = attachLexiconSplit(tokenize(text));
  return findNumberLits(tokens, digits).map((l) => ({
    text: text.slice(l.start, l.end),
    digits: l.digits,
    power: l.power,
    after: tokens[l.afterScale]?.raw ?? null,
  }));
}

describe("findNumberLits", () => {
  const table: Array<[string, Lit[]]> = [
    ["8.22 trillion yuan", [{ text: "8.22", digits: "8.22", power: 12, after: "yuan" }]],
    ["some 1,200 firms", [{ text: "1,200", digits: "1200", power: 0, after: "firms" }]],
    ["worth 12.5bn euros", [{ text: "12.5bn", digits: "12.5", power: 9, after: "euros" }]],
    ["25.3-million tonnes", [{ text: "25.3", digits: "25.3", power: 6, after: "tonnes" }]],
    ["fell -3.5 percent", [{ text: "-3.5", digits: "-3.5", power: 0, after: "percent" }]],
    ["in 2023", [{ text: "2023", digits: "2023", power: 0, after: null }]],
    ["5G and the 13th plan", []],
  ];
  it.each(table)("%s", (text, expected) => {
    expect(lits(text)).toEqual(expected);
  });
});
