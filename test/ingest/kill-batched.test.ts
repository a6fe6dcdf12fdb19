/**
 * A batched `trade-kg ingest` (many documents a transaction, extraction in worker threads)
 * killed with SIGKILL mid-run leaves only whole documents and a snapshot summary that
 * matches them, and a rerun completes the work to the very graph a clean run writes: the
 * same documents, mentions, facts, sentences, links and entities, and the same snapshot id.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { deleteStoredDocument } from "../../src/graph/documents.js";
import { readSnapshotId, snapshotIdOf, stateFromDocuments } from "../../src/graph/snapshot.js";
import { ingestPaths } from "../../src/ingest/ingest-paths.js";
import { metadataFor } from "../../src/ingest/read-sidecar.js";
import { cleanEnv, PROJECT_ROOT, runCli, spawnCli, testDatabaseEnv } from "../support/cli.js";
import { openTestDatabase } from "../support/database.js";
import { documentStatements, expectedStatements } from "../support/graph-counts.js";
import { documentsSignature } from "../support/graph-signature.js";

const DEV = resolve(PROJECT_ROOT, "../shared/corpus/dev");
const COPIES = 8;
const folder = mkdtempSync(join(PROJECT_ROOT, ".data/kill-batched-"));
const db = openTestDatabase();

afterAll(async () => {
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

/** COPIES copies of the dev corpus, each text with a line naming its copy, sidecars beside. */
function writeCorpus(): string[] {
  const paths: string[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    const dir = join(folder, "corpus", `copy-${copy}`);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(DEV)) {
      const text = readFileSync(join(DEV, name), "utf8");
      if (!name.endsWith(".txt")) writeFileSync(join(dir, name), text);
      else {
        writeFileSync(
          join(dir, name),
          `${text}\nCopy ${copy} for the batched interruption test.\n`,
        );
        paths.push(join(dir, name));
      }
    }
  }
  return paths;
}

async function expectedDocuments(paths: string[]) {
  const root = join(folder, "corpus");
  return Promise.all(
    paths.map(async (path) => {
      const source = path.slice(root.length + 1);
      const extracted = extractDocument(
        readFileSync(path),
        source,
        await metadataFor(path, {}, source),
      );
      return expectedStatements(extracted);
    }),
  );
}

describe("a batched ingestion killed mid-run", () => {
  it("leaves whole documents, and a rerun writes the graph a clean run writes", async () => {
    const paths = writeCorpus();
    const expected = await expectedDocuments(paths);
    const ids = expected.map((e) => e.id);
    const stored = async () =>
      Number(
        (
          await db.read("MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n", { ids })
        ).records[0].get("n"),
      );
    const summaryMatches = async () =>
      expect(await readSnapshotId(db)).toBe(
        await db.readTransaction(async (tx) => snapshotIdOf(await stateFromDocuments(tx))),
      );
    const env = cleanEnv(testDatabaseEnv());
    const corpus = join(folder, "corpus");

    const child = spawnCli(["ingest", corpus], env);
    const exited = new Promise<void>((done) => child.on("exit", () => done()));
    const deadline = Date.now() + 120_000;
    while ((await stored()) < 1 && Date.now() < deadline) await sleep(10);
    child.kill("SIGKILL");
    await exited;

    const afterKill = await stored();
    expect(afterKill).toBeGreaterThanOrEqual(1);
    expect(afterKill, "the kill should land before the run finishes").toBeLessThan(paths.length);
    for (const { id, counts } of expected) {
      const whole = await documentStatements(db, id);
      if (whole) expect(whole, `document ${id} is whole`).toEqual(counts);
    }
    await summaryMatches();

    const rerun = runCli(["ingest", "--json", corpus], env);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { created: number; unchanged: number };
    expect(summary).toMatchObject({ created: paths.length - afterKill, unchanged: afterKill });
    const resumed = await documentsSignature(db, ids);
    const resumedSnapshot = await readSnapshotId(db);
    await summaryMatches();

    for (const id of ids) await deleteStoredDocument(db, id);
    const clean = await ingestPaths(db, [corpus]);
    expect(clean.created).toBe(paths.length);
    expect(await documentsSignature(db, ids)).toEqual(resumed);
    expect(await readSnapshotId(db)).toBe(resumedSnapshot);
    for (const id of ids) await deleteStoredDocument(db, id);
  }, 600_000);
});
