/**
 * The README matches the product: the Cypher commands it tells a newcomer to run do run
 * (against the test Neo4j, over the seeds), and every option its command table names is one the
 * command's own --help lists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/ingest/ingest-paths.js";
import { cleanEnv, PROJECT_ROOT, runCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";

const README = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
const PREFIX = "npm run --silent trade-kg -- ";

/** The lines of one `###`/`##` section. */
function section(title: string): string[] {
  const lines = README.split("\n");
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.endsWith(title));
  const end = lines.findIndex((line, i) => i > start && /^#{2,3} /.test(line));
  return lines.slice(start, end);
}

/** Shell words of a command line with single quotes (all the README uses). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const commands = section("Reaching the graph with Cypher")
  .map((line) => line.trim())
  .filter((line) => line.startsWith(PREFIX))
  .map((line) => words(line.slice(PREFIX.length)));

beforeAll(async () => {
  const db = openTestDatabase();
  await ingestPaths(db, [join(PROJECT_ROOT, "seeds")]);
  await db.close();
});

describe("README: reaching the graph with Cypher", () => {
  it("shows commands to run", () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it.each(commands.map((args) => [args.slice(0, 3).join(" "), args]))(
    "%s … runs and prints rows",
    (_, args) => {
      const result = runCli(args as string[], cleanEnv(testDatabaseEnv()));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().split("\n").length).toBeGreaterThan(2);
    },
  );

  it("points no one at a Browser or cypher-shell that the embedded Neo4j lacks", () => {
    const text = section("Reaching the graph with Cypher").join("\n");
    expect(text).toContain("opens Bolt only");
    expect(README).not.toMatch(/from Neo4j Browser or cypher-shell/);
  });
});

describe("README: the command table", () => {
  const rows = section("Commands").filter((line) => /^\| `[a-z]/.test(line));
  /** [command path, option] for every `--option` inside a backticked command of the table. */
  const named = rows.flatMap((row) =>
    [...row.split("|")[1].matchAll(/`([^`]+)`/g)].flatMap(([, span]) => {
      const tokens = span.split(/\s+/);
      const firstArgument = tokens.findIndex((t) => !/^[a-z]+$/.test(t));
      const path = tokens.slice(0, firstArgument === -1 ? tokens.length : firstArgument);
      return [...span.matchAll(/--[a-z][a-z-]*/g)].map((m) => [path.join(" "), m[0]] as const);
    }),
  );

  it("names options", () => {
    expect(named.length).toBeGreaterThan(5);
  });

  it.each(named)("%s %s is an option of the command", (command, option) => {
    const help = runCli([...command.split(" "), "--help"], cleanEnv({})).stdout;
    expect(help).toMatch(new RegExp(`${option}\\b`));
  });
});
