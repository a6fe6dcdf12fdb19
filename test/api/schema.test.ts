import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { printApiSchema } from "../../src/api/schema.js";

describe("schema/schema.graphql", () => {
  it("matches the SDL printed from the type-graphql classes (run `npm run schema:print` after changing them)", async () => {
    const checkedIn = readFileSync(
      resolve(import.meta.dirname, "../../schema/schema.graphql"),
      "utf8",
    );
    expect(checkedIn).toBe(await printApiSchema());
  });
});
