/** The API's pure pieces: cursors, the API-key check, search-text escaping, error messages. */
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { assertApiKey } from "../../src/api/auth.js";
import { decodeCursor, encodeCursor, toConnection } from "../../src/api/common/connection.js";
import { validationMessages } from "../../src/api/errors.js";
import { loadConfig } from "../../src/config/config.js";
import { isTradeKgError } from "../../src/core/errors.js";
import { luceneQuery } from "../../src/graph/reads/entities.js";

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isTradeKgError(error) ? error.code : "OTHER";
  }
}

describe("cursors", () => {
  it("round-trip a key and refuse anything that is not a key of the expected length", () => {
    expect(decodeCursor(encodeCursor([12.5, "tf:a"]), 2)).toEqual([12.5, "tf:a"]);
    expect(decodeCursor(null, 1)).toBeNull();
    expect(codeOf(() => decodeCursor(encodeCursor(["x"]), 2))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor("bm90IGpzb24", 1))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor(Buffer.from('[{"a":1}]').toString("base64url"), 1))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("run the count of a connection only when totalCount is read, and only once", async () => {
    let counted = 0;
    const connection = toConnection(
      { rows: ["a", "b"], keys: [["a"], ["b"]], hasNextPage: true },
      { first: 2, after: null },
      (row) => ({ node: row }),
      async () => {
        counted += 1;
        return 7;
      },
    );
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(["a"]),
      endCursor: encodeCursor(["b"]),
    });
    expect(counted).toBe(0);
    expect(await connection.totalCount).toBe(7);
    expect(await connection.totalCount).toBe(7);
    expect(counted).toBe(1);
  });
});

describe("the API key check", () => {
  const withKey = loadConfig({ TRADE_KG_API_KEY: "s3cret" });
  const without = loadConfig({});

  it("accepts the configured key and refuses a missing, wrong or longer one as UNAUTHENTICATED", () => {
    expect(codeOf(() => assertApiKey({ config: withKey, apiKey: "s3cret" }))).toBeNull();
    expect(codeOf(() => assertApiKey({ config: withKey, apiKey: null }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => assertApiKey({ config: withKey, apiKey: "s3cre" }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(codeOf(() => assertApiKey({ config: withKey, apiKey: "s3cret!" }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses every key when the server has none configured", () => {
    expect(codeOf(() => assertApiKey({ config: without, apiKey: "" }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => assertApiKey({ config: without, apiKey: "anything" }))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("search text", () => {
  it("becomes a Lucene query where every word matches whole or as a prefix", () => {
    expect(luceneQuery("ASEAN  Bloc")).toBe("(asean OR asean*) AND (bloc OR bloc*)");
  });

  it("escapes Lucene's operators so no text makes the query unparseable", () => {
    expect(luceneQuery('a:b (c) "d" e~ f* g\\')).toBe(
      '(a\\:b OR a\\:b*) AND (\\(c\\) OR \\(c\\)*) AND (\\"d\\" OR \\"d\\"*) AND (e\\~ OR e\\~*) AND (f\\* OR f\\**) AND (g\\\\ OR g\\\\*)',
    );
    expect(luceneQuery("   ")).toBe("");
  });
});

describe("validation messages", () => {
  it("name the argument by its path, nested inputs included", () => {
    expect(
      validationMessages([
        { property: "first", constraints: { max: "first must not be greater than 100" } },
        {
          property: "filter",
          children: [{ property: "reporter", constraints: { matches: "reporter must be an id" } }],
        },
      ]),
    ).toEqual([
      "first: first must not be greater than 100",
      "filter.reporter: reporter must be an id",
    ]);
  });
});
