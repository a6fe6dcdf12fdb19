import { afterAll, describe, expect, it } from "vitest";
import { applySchema, cypherStatements, schemaStatements } from "../../src/graph/schema.js";
import { openTestDatabase } from "../support/database.js";

describe("cypherStatements", () => {
  it("splits on semicolons at line ends and drops comment lines", () => {
    const source =
      "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a);\n\n// two\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:X) ON (n.b);\n";
    expect(cypherStatements(source)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a)",
      "CREATE INDEX b IF NOT EXISTS\n  FOR (n:X) ON (n.b)",
    ]);
  });

  it("keeps a semicolon inside a line (a string literal) within its statement", () => {
    expect(cypherStatements("RETURN 'a;b' AS x;\n")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe("the graph schema on a real Neo4j", () => {
  const db = openTestDatabase();
  afterAll(() => db.close());

  it("has uniqueness constraints on Entity.id, Document.id, TradeFact.id and GraphState.id", async () => {
    const result = await db.read(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type",
    );
    const unique = result.records
      .filter((r) => r.get("type") === "UNIQUENESS")
      .map((r) => `${r.get("label")}.${(r.get("properties") as string[]).join(",")}`)
      .sort();
    expect(unique).toEqual(["Document.id", "Entity.id", "GraphState.id", "TradeFact.id"]);
  });

  it("has an online full-text index over entity names and aliases", async () => {
    const result = await db.read(
      "SHOW FULLTEXT INDEXES YIELD name, state, properties RETURN name, state, properties",
    );
    const index = result.records.find((r) => r.get("name") === "entity_names");
    expect(index?.get("state")).toBe("ONLINE");
    expect(index?.get("properties")).toEqual(["name", "aliases"]);
  });

  it("is idempotent: applying it again changes no constraint or index", async () => {
    const before = await db.read("SHOW INDEXES YIELD name RETURN collect(name) AS names");
    const applied = await applySchema(db);
    const after = await db.read("SHOW INDEXES YIELD name RETURN collect(name) AS names");
    expect(applied.statements).toBe(schemaStatements().length);
    expect([...after.records[0].get("names")].sort()).toEqual(
      [...before.records[0].get("names")].sort(),
    );
  });
});
