/**
 * `trade-kg ingest` as a user runs it, in its own process against the test Neo4j: skipped
 * files and their reasons, a database that is down, and a real SIGKILL mid-run that leaves
 * every stored document whole, with a rerun completing the work.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteDocument } from "../../src/ingest/ingest-document.js";
import { cleanEnv, PROJECT_ROOT, runCli, spawnCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";
import { documentStatements, expectedStatements } from "../support/graph-counts.js";

const folder = mkdtempSync(join(tmpdir(), "trade-kg-ingest-"));
const env = () => cleanEnv(testDatabaseEnv());
const db = openTestDatabase();
const writtenIds: string[] = [];

afterAll(async () => {
  for (const id of writtenIds) await deleteDocument(db, id).catch(() => undefined);
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

function expectedCounts(path: string) {
  return expectedStatements(extractDocument(readFileSync(path), path));
}

describe("trade-kg ingest", () => {
  it("ingests the good files of a folder, skips the bad ones with their reasons, and exits 1", async () => {
    const dir = join(folder, "mixed");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "a-good.txt"),
      "Customs release\nBeijing, May 8, 2024\n\nChina's exports to Chile grew 4.2% to 31.7 billion yuan in April.\n",
    );
    writeFileSync(join(dir, "b-empty.txt"), "");
    writeFileSync(
      join(dir, "c-binary.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]),
    );
    writeFileSync(join(dir, "d-latin1.txt"), Buffer.from("Caf\xe9 exports rose 3%.", "latin1"));
    writeFileSync(join(dir, "ignored.png"), Buffer.from([0x89, 0x50]));
    const result = runCli(["ingest", "--json", dir], env());
    expect(result.status, result.stderr).toBe(1);
    const summary = JSON.parse(result.stdout) as {
      created: number;
      skipped: { path: string; reason: string }[];
    };
    expect(summary.created).toBe(1);
    expect(summary.skipped.map((s) => s.path.split("/").pop())).toEqual([
      "b-empty.txt",
      "c-binary.txt",
      "d-latin1.txt",
    ]);
    for (const skip of summary.skipped) expect(skip.reason).toMatch(/^INPUT_UNREADABLE: /);
    expect(result.stderr).toMatch(/ingest: 1 created, 0 replaced, 0 unchanged, 3 skipped/);
    expect(result.stderr).toMatch(/skipped .*b-empty\.txt: INPUT_UNREADABLE/);
    const good = expectedCounts(join(dir, "a-good.txt"));
    writtenIds.push(good.id);
    expect(await documentStatements(db, good.id)).toEqual(good.counts);
  });

  it("says the database is down, with what to do, and exits 4", () => {
    const result = runCli(
      ["ingest", join(PROJECT_ROOT, "seeds")],
      cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1" }),
    );
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(
      /^error DATABASE_UNAVAILABLE: Neo4j at bolt:\/\/127\.0\.0\.1:1 cannot be reached/m,
    );
  });

  it("never leaves half a document when killed mid-run, and a rerun completes the work", async () => {
    const dir = join(folder, "many");
    mkdirSync(dir);
    const seed = readFileSync(resolve(PROJECT_ROOT, "seeds/000_442c5eff6b0bec5a.txt"), "utf8");
    const paths: string[] = [];
    for (let i = 0; i < 24; i++) {
      const path = join(dir, `briefing-${String(i).padStart(2, "0")}.txt`);
      writeFileSync(path, `${seed}\n\nCopy ${i} of the briefing for the interruption test.\n`);
      paths.push(path);
    }
    const expected = paths.map(expectedCounts);
    writtenIds.push(...expected.map((e) => e.id));
    const ids = expected.map((e) => e.id);
    const storedCount = async () =>
      Number(
        (
          await db.read("MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n", { ids })
        ).records[0].get("n"),
      );

    const child = spawnCli(["ingest", dir], env());
    const exited = new Promise<void>((done) => child.on("exit", () => done()));
    const deadline = Date.now() + 120_000;
    while ((await storedCount()) < 2 && Date.now() < deadline) await sleep(20);
    child.kill("SIGKILL");
    await exited;

    const afterKill = await storedCount();
    expect(afterKill).toBeGreaterThanOrEqual(2);
    expect(afterKill, "the kill should land before the run finishes").toBeLessThan(paths.length);
    for (const { id, counts } of expected) {
      const stored = await documentStatements(db, id);
      if (stored) expect(stored, `document ${id} is whole`).toEqual(counts);
    }

    const rerun = runCli(["ingest", dir], env());
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      new RegExp(
        `ingest: ${paths.length - afterKill} created, 0 replaced, ${afterKill} unchanged, 0 skipped`,
      ),
    );
    for (const { id, counts } of expected) expect(await documentStatements(db, id)).toEqual(counts);
  });
});
