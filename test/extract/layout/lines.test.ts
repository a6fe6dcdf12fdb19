/** Content lines: trimmed of any white space (CR, NBSP, ideographic space), empty and junk lines left out. */
import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/extract/layout/lines.js";

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
