/**
 * The fixture the export tests share: the two seeds ingested into the test Neo4j, a temporary
 * folder, and `exportTo`, which runs the export as the CLI does — a bundle format into a folder
 * of files, node-link JSON into one file — and returns where it went and what it counted.
 */
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll } from "vitest";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { parseSelection, type RawSelection } from "../../src/export/selection.js";
import { streamTextSink } from "../../src/export/text-sink.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { openTestDatabase } from "./database.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];

/** Registers the suite's hooks; call once at the top of a test file. */
export function seededExportSuite(prefix: string) {
  const folder = mkdtempSync(join(tmpdir(), `trade-kg-${prefix}-`));
  const db = openTestDatabase();
  beforeAll(async () => {
    for (const path of SEEDS)
      await ingestDocument(db, { bytes: readFileSync(resolve(ROOT, path)), source: path });
  });
  afterAll(async () => {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function exportTo(format: "json" | "csv" | "parquet", raw: RawSelection, name: string) {
    const path = join(folder, name);
    const streams: ReturnType<typeof createWriteStream>[] = [];
    const open = (file: string) => {
      const stream = createWriteStream(file);
      streams.push(stream);
      return streamTextSink(stream);
    };
    if (format !== "json") mkdirSync(path);
    const counts = await exportSubgraph(
      db,
      parseSelection(raw),
      format,
      format === "json"
        ? { kind: "stream", sink: open(path) }
        : { kind: "files", open: (file) => open(join(path, file)) },
    );
    for (const s of streams) s.end();
    await Promise.all(streams.map((s) => finished(s)));
    return { path, counts };
  }

  return { db, folder, exportTo };
}
