/**
 * The schema change guard: graphql's findBreakingChanges between the SDL committed at HEAD and
 * the schema the classes build now. A change that breaks clients (a removed field or enum
 * value, an argument or field of another type) must be named, as a backticked schema
 * coordinate, in the README's "Schema changelog"; otherwise this test fails and lists it.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema } from "../../src/api/schema.js";
import { unacknowledged } from "../support/schema-changes.js";

const ROOT = resolve(import.meta.dirname, "../..");

function changelog(): string {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("### Schema changelog");
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The SDL of the last commit (what clients were built against), or null outside a git checkout. */
function committedSdl(): string | null {
  try {
    return execFileSync("git", ["show", "HEAD:schema/schema.graphql"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

describe("the schema change guard", () => {
  it("finds every breaking change since the committed SDL in the README's changelog", async () => {
    const sdl = committedSdl() ?? readFileSync(resolve(ROOT, "schema/schema.graphql"), "utf8");
    const missing = unacknowledged(buildSchema(sdl), await buildApiSchema(), changelog());
    expect(missing).toEqual([]);
  });

  it("fails for a breaking change the changelog does not name, and passes once it does", () => {
    const before = buildSchema(
      "type Query { a: Int, b(x: Int): Int, c: Kind } enum Kind { ONE TWO }",
    );
    const after = buildSchema(
      "type Query { a: Int, b(x: String): Int, c: Kind } enum Kind { ONE }",
    );
    expect(
      unacknowledged(before, after, "")
        .map((c) => c.coordinate)
        .sort(),
    ).toEqual(["Kind.TWO", "Query.b(x)"]);
    expect(unacknowledged(before, after, "- `Kind.TWO` removed; `Query.b(x)` is a String")).toEqual(
      [],
    );
  });
});
