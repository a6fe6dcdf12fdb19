/** The Cypher tokenizer and the text check built on it: what is a keyword and what is not. */
import { describe, expect, it } from "vitest";
import { textRefusal } from "../../src/graph/analyst-text-check.js";
import { CYPHER_WHITESPACE, significantTokens, tokenize } from "../../src/graph/cypher-tokens.js";

const kinds = (query: string) => significantTokens(query).map((t) => [t.kind, t.text]);

describe("tokenize", () => {
  it("reads strings with escapes as one token, whatever they hold", () => {
    expect(kinds(`RETURN 'it\\'s // not /* a comment' AS x`)).toEqual([
      ["word", "RETURN"],
      ["string", "it\\'s // not /* a comment"],
      ["word", "AS"],
      ["word", "x"],
    ]);
    expect(kinds(`RETURN "a\\\\" + 'b'`).map(([kind]) => kind)).toEqual([
      "word",
      "string",
      "symbol",
      "string",
    ]);
  });

  it("reads backticked names with `` and quotes inside as one name", () => {
    expect(kinds("WITH 1 AS `it's ``LOAD CSV``` RETURN 1")).toContainEqual([
      "name",
      "it's `LOAD CSV`",
    ]);
  });

  it("drops // and /* */ comments, which may hold quotes", () => {
    expect(kinds("MATCH // it's\n(n) /* 'x */ RETURN n").map(([, text]) => text)).toEqual([
      "MATCH",
      "(",
      "n",
      ")",
      "RETURN",
      "n",
    ]);
  });

  it("splits words at every Cypher whitespace, U+001C–U+001F and U+0085 included", () => {
    for (const code of [0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028]) {
      const space = String.fromCharCode(code);
      expect(CYPHER_WHITESPACE.has(space)).toBe(true);
      expect(kinds(`LOAD${space}CSV`)).toEqual([
        ["word", "LOAD"],
        ["word", "CSV"],
      ]);
    }
  });

  it("keeps every character: offsets cover the text", () => {
    const text = "MATCH (n) // c\nRETURN '\\'' AS `a``b`";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.offset)[0]).toBe(0);
    expect(tokens.at(-1)?.offset).toBe(text.indexOf("`a"));
  });
});

describe("textRefusal", () => {
  it.each([
    ["WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ["WITH 1 AS `'` LOAD CSV FROM 'x' AS l RETURN l", /LOAD CSV/],
    ["SHOW\u001cTRANSACTIONS", /SHOW/],
    ["TERMINATE\u2029TRANSACTIONS 'x'", /TERMINATE/],
    ["CALL db.stats.retrieve('GRAPH COUNTS')", /procedure db\.stats\.retrieve/],
    ["CALL /* x */ db . info ( )", /procedure db\.info/],
    ["RETURN apoc.util.sleep(1)", /function apoc\.util\.sleep/],
    ["MATCH (n) CALL (n) { SET n.x = 1 } IN 3 CONCURRENT TRANSACTIONS", /IN TRANSACTIONS/],
    ["CREATE OR REPLACE DATABASE x", /administration/],
  ])("refuses %s", (query, why) => {
    expect(textRefusal(query)).toMatch(why);
  });

  it.each([
    "MATCH (n:Entity) WHERE n.name = 'SHOW TRANSACTIONS' RETURN n",
    "MATCH (n) RETURN n.show, n.use, {show: 1, use: 2} AS m",
    "MATCH (n:Show) RETURN $use",
    "WITH 1 AS `LOAD` RETURN `LOAD`",
    "RETURN datetime.truncate('month', datetime()), point.distance(point({x: 1, y: 1}), point({x: 0, y: 0}))",
    "CALL db.labels() YIELD label RETURN label",
    "CALL (x) { RETURN 1 AS one } RETURN one",
  ])("lets through %s", (query) => {
    expect(textRefusal(query)).toBeNull();
  });
});
