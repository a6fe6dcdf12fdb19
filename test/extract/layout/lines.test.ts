/** Content lines: trimmed of any white space (CR, NBSP, ideographic space), empty and junk lines left out. */
import { describe, expect, it } from "vitest";
import { contentLines, isJunkLine } from "../../../src/extract/layout/lines.js";

const CASES: Array<[string, string, string[]]> = [
  ["LF lines", "Title\nBody one.\n", ["Title", "Body one."]],
  ["CRLF lines", "Title\r\n\r\nBody.\r\n", ["Title", "Body."]],
  ["white space at both ends", "  \tTitle \u00a0\n\u3000Body\u2003\n", ["Title", "Body"]],
  ["blank and space-only lines", "\n \n\t\r\nA\n\n", ["A"]],
  ["no final line break", "A\nB", ["A", "B"]],
  ["a lone CR inside a line", "A\rB\n", ["A\rB"]],
  [
    "a line mostly in another script",
    "Trade\n心水博平台 明仕亚洲城会员开户\nEnd",
    ["Trade", "End"],
  ],
  [
    "a Latin line naming a Chinese word",
    "Exports of the PPCR (中欧班列) grew",
    ["Exports of the PPCR (中欧班列) grew"],
  ],
  ["only white space", " \n\u00a0", []],
];

describe("contentLines", () => {
  it.each(CASES)("%s", (_what, text, lines) => {
    expect(contentLines(text).map((r) => text.slice(r.start, r.end))).toEqual(lines);
  });
});

/** [what it shows, line, whether it is junk]: letters beyond Latin against Latin ones */
const JUNK: Array<[string, string, boolean]> = [
  ["plain ASCII", "Trade rose 5% in 2023", false],
  ["curly quotes in English", "China\u2019s \u201ctrade\u201d rose", false],
  ["accented Latin letters", "Qu\u00e9bec and Z\u00fcrich", false],
  ["mostly Chinese", "\u5fc3\u6c34\u535a\u5e73\u53f0 ab", true],
  ["as many other letters as Latin ones", "ab \u5fc3\u6c34", false],
  [
    "letters beyond the basic plane (a surrogate pair is one letter)",
    "\u{20000}\u{20001}\u{20002} ab",
    true,
  ],
  ["a lone high surrogate before a letter", "\ud840a\u5fc3\u6c34", true],
  [
    "Latin-1 letters outside the Latin range (ª, µ, º) count as other",
    "\u00aa\u00b5\u00ba ab",
    true,
  ],
  ["Latin-1 signs are no letters", "\u00a9\u00ae\u00b0 ab", false],
  ["Greek", "\u03b1\u03b2\u03b3\u03b4 abc", true],
];

describe("isJunkLine", () => {
  it.each(JUNK)("%s", (_what, line, junk) => {
    expect(isJunkLine(line)).toBe(junk);
  });
});
