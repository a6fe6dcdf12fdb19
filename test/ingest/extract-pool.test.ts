/**
 * Extraction in worker threads gives what extraction in this thread gives, document for
 * document, and a document that cannot be read fails with the same coded error.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { documentText, extractDocument } from "../../src/extract/extract-document.js";
import { startExtractPool } from "../../src/ingest/extract-pool.js";

const ROOT = resolve(import.meta.dirname, "../..");
const seeds = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];

describe("the extraction pool", () => {
  const pool = startExtractPool(2);
  afterAll(() => pool.close());

  it("extracts in workers exactly what extractDocument gives, with the text its offsets index", async () => {
    const jobs = seeds.map((path) => ({ bytes: readFileSync(resolve(ROOT, path)), source: path }));
    const extracted = await Promise.all(jobs.map((job) => pool.extract(job)));
    for (const [i, job] of jobs.entries()) {
      expect(extracted[i].extracted).toEqual(extractDocument(job.bytes, job.source));
      expect(extracted[i].text).toBe(documentText(job.bytes, job.source));
      for (const fact of extracted[i].extracted.tradeFacts)
        expect(extracted[i].text.slice(fact.evidence.start, fact.evidence.end)).toBe(
          fact.evidence.quote,
        );
    }
  });

  it("fails an unreadable document with INPUT_UNREADABLE, as in this thread", async () => {
    const error = await pool
      .extract({ bytes: new Uint8Array([0, 1, 2, 0xff, 0]), source: "binary.txt" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TradeKgError);
    expect((error as TradeKgError).code).toBe("INPUT_UNREADABLE");
  });
});
