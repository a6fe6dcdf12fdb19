/**
 * The chrono configurations without the parsers that cannot match: a parser left out must find
 * nothing in the string (else a date would be lost or a merge undone), and every string must be
 * read exactly as `chrono.strict` reads it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import {
  anyParserMayMatch,
  chronoFor,
  PARSER_NEEDS,
} from "../../../src/extract/metadata/chrono-parsers.js";

type ExecuteParser = (context: chrono.ParsingContext, parser: chrono.Parser) => unknown[];

const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** written-out shapes each parser reads, and prose around them */
const SHAPES = [
  "April 12, 2024",
  "Updated: November 7, 2023",
  "Beijing | 10 a.m. July 30, 2024",
  "Source: Xinhua | Editor: Zhang Wei | 2024-04-15 10:22:31",
  "2023-10-24T16:05:00+08:00",
  "Release Date:11/11/2020",
  "24.10.2023 and 10-24",
  "2023 10 24",
  "2023-Oct-24",
  "Tue 14th July 2020",
  "Monday, March 4, 2024",
  "the weekend of June 1",
  "within 3 days",
  "2 weeks ago, on Jan 5",
  "three years later",
  "5 days after Jan. 20, 2023",
  "10/2023",
  "2024 June",
  "the first of May",
  "January first",
  "HAIKOU, Jan. 20 (Xinhua) -- trade rose 15.3 percent in the first 11 months of this year",
  "from 9:00 to 17:30 on 2024/03/01",
  "Customs statistics release: January-June 2024",
  "noon on Sat. 12th",
  "a quarter later, 3 mins",
  "exports rose 5.3 percent to 86.4 billion yuan",
];

/** every line of the seeds, the fixtures and the dev corpus, and each of its sentences */
function corpusLines(): string[] {
  const dirs = ["seeds", "test/fixtures/extract", "../shared/corpus/dev"];
  const out: string[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")))
      for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/))
        if (line.trim()) out.push(line.slice(0, 1000), ...line.split(/(?<=\.) /).slice(1));
  return out;
}

/** what a result says: where it is, its words, its tags and every component it knows */
function described(results: chrono.ParsedResult[]): string {
  return JSON.stringify(
    results.map((r) => [r.index, r.text, [...r.tags()].sort(), r.start.date(), r.end?.date()]),
  );
}

/** each shape with words before and after it that chrono merges into a date or reads apart */
function combined(): string[] {
  const before = [
    "",
    "Updated: ",
    "BEIJING, ",
    "on ",
    "Tuesday, ",
    "10 a.m. ",
    "(",
    "3 days after ",
  ];
  const after = ["", " --", " 16:05", ")", " to June 5", " EST", " +0800", ", 2019"];
  return before.flatMap((b) => SHAPES.flatMap((s) => after.map((a) => b + s + a)));
}

describe("chronoFor", () => {
  const strings = [...SHAPES, ...combined(), ...corpusLines()];

  it("reads every string exactly as chrono.strict does", () => {
    expect(strings.length).toBeGreaterThan(2500);
    const differ = strings.filter(
      (s) =>
        described(chronoFor(s).parse(s, REFERENCE)) !==
        described(chrono.strict.parse(s, REFERENCE)),
    );
    expect(differ).toEqual([]);
  });

  it("leaves out only parsers that find nothing in the string", () => {
    const found: string[] = [];
    for (const s of strings) {
      const kept = new Set(chronoFor(s).parsers);
      for (const parser of chrono.strict.parsers) {
        if (kept.has(parser)) continue;
        const context = new chrono.ParsingContext(s, REFERENCE);
        // chrono's own step that runs one parser over the string (private in its typings)
        const run = (chrono.Chrono as unknown as { executeParser: ExecuteParser }).executeParser;
        if (run(context, parser).length > 0) found.push(`${parser.constructor.name}: ${s}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("says no parser may match only where every parser is left out", () => {
    const heads = ["Xinhua | Updated: ", "Beijing, ", "Monday, ", "within a few days | ", "10 | "];
    for (const s of [...heads, ...strings])
      expect(anyParserMayMatch(s)).toBe(chronoFor(s).parsers.length > 0);
    expect(heads.map(anyParserMayMatch)).toEqual([false, false, true, true, true]);
  });

  it("leaves parsers out for strings without their words", () => {
    const names = (s: string) => chronoFor(s).parsers.map((p) => p.constructor.name);
    expect(names("Updated: November 7, 2023")).not.toContain("ENWeekdayParser");
    expect(names("Updated: November 7, 2023")).not.toContain("SlashDateFormatParser");
    expect(names("2024-04-15 10:22:31")).not.toContain("ENMonthNameMiddleEndianParser");
    expect(names("Monday, 2024-04-15")).toContain("ENWeekdayParser");
  });

  it("names a need for every strict parser, each matching chrono's own words", async () => {
    const named = chrono.strict.parsers.map((p) => p.constructor.name);
    expect(named.filter((n) => !(n in PARSER_NEEDS))).toEqual([]);
    const main = createRequire(import.meta.url).resolve("chrono-node");
    const constants = join(dirname(main), "..", "esm", "locales", "en", "constants.js");
    const { MONTH_DICTIONARY, WEEKDAY_DICTIONARY, TIME_UNIT_DICTIONARY_NO_ABBR } = await import(
      pathToFileURL(constants).href
    );
    const unmatched = (need: RegExp, words: object) =>
      Object.keys(words).filter((w) => !need.test(w));
    expect(unmatched(PARSER_NEEDS.ENMonthNameMiddleEndianParser, MONTH_DICTIONARY)).toEqual([]);
    expect(unmatched(PARSER_NEEDS.ENWeekdayParser, WEEKDAY_DICTIONARY)).toEqual([]);
    expect(unmatched(PARSER_NEEDS.ENWeekdayParser, { weekend: 0, weekday: 0 })).toEqual([]);
    const units = TIME_UNIT_DICTIONARY_NO_ABBR;
    expect(unmatched(PARSER_NEEDS.ENTimeUnitAgoFormatParser, units)).toEqual([]);
  });
});
