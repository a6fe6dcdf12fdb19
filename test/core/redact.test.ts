/** core/redact: what Neo4j and the driver say, with the internals taken out. */
import { describe, expect, it } from "vitest";
import { redactInternals } from "../../src/core/redact.js";

describe("redactInternals", () => {
  it.each([
    [
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Encountered "<EOF>" at line 1, column 3.',
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Encountered "<EOF>" at line 1, column 3.',
    ],
    [
      "Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope",
      "There is no such fulltext schema index: nope",
    ],
    ["java.lang.StackOverflowError", "an internal error"],
    ["failed in org.neo4j.kernel.impl.Foo$Bar", "failed in an internal error"],
    ["thrown by com.example.deep.pkg.WeirdError here", "thrown by an internal error here"],
    [
      'got: List{Long(1), Map{a -> String("x"), b -> List{Double(1.500000e+00)}}, Boolean(true), NO_VALUE}',
      'got: [1, {a: "x", b: [1.5]}, true, null]',
    ],
    ["Neo4j at bolt://127.0.0.1:7687 cannot be reached", "Neo4j at the database cannot be reached"],
    ["at neo4j+s://abc.databases.example:7687.", "at the database"],
    [
      "Couldn't load the external resource at: file:///var/lib/neo4j/import/x.csv",
      "Couldn't load the external resource at: a server file",
    ],
    ["cannot read '/work/main/.data/neo4j/auth' now", "cannot read 'a server path' now"],
    ["cannot read C:\\Users\\me\\data.csv", "cannot read a server path"],
    [
      "boom\n    at captureStacktrace (/x/y.js:1:2)\n\tat org.neo4j.X.y(X.java:1)\n\t... 3 more",
      "boom",
    ],
  ])("redacts %j", (message, expected) => {
    expect(redactInternals(message)).toBe(expected);
  });

  it.each([
    "filter.reporter: reporter must be an entity id such as country:CHN",
    'period: expected YYYY-MM, got "2024/13"',
    "see docs/ERRORS.md and cypher/queries/top.cypher; GraphQL is at /graphql",
    "Type mismatch for parameter 'limit': expected Integer but was String (line 1, column 34 (offset: 33))",
    "Variable `n.name` not defined; see https://example.org/docs/a/b",
    "db.index.fulltext.queryNodes is allowed",
  ])("leaves a user's message alone: %j", (message) => {
    expect(redactInternals(message)).toBe(message);
  });
});
