/**
 * `trade-kg query` under TRADE_KG_CYPHER: off refuses it before any connection is tried (no
 * database is needed for this test); key and open let the local CLI query, which
 * test/cli/query-export.test.ts runs under the default.
 */
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../support/cli.js";
import { DEAD_BOLT_URI } from "../support/database.js";

describe("trade-kg query under TRADE_KG_CYPHER=off", () => {
  it.each([[["query", "RETURN 1 AS x"]], [["query", "--saved", "shared-entities"]]])(
    "refuses %j with CYPHER_DISABLED and exit 2",
    (args) => {
      const result = runCli(args, cleanEnv({ TRADE_KG_CYPHER: "off", NEO4J_URI: DEAD_BOLT_URI }));
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^error CYPHER_DISABLED: .*TRADE_KG_CYPHER=off/m);
      expect(result.stdout).toBe("");
    },
  );

  it("refuses a misspelt mode with CONFIG_INVALID naming the variable", () => {
    const result = runCli(
      ["query", "RETURN 1 AS x"],
      cleanEnv({ TRADE_KG_CYPHER: "yes", NEO4J_URI: DEAD_BOLT_URI }),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /CONFIG_INVALID: TRADE_KG_CYPHER: expected one of off, key, open/,
    );
  });
});
