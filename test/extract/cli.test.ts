import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const SEEDS = ["seeds/000_442c5eff6b0bec5a.txt", "seeds/003_44fb831386fa0c29.txt"];
const TSX = "node_modules/.bin/tsx";

function runCli(args: string[]) {
  return spawnSync(TSX, ["src/cli/main.ts", "extract", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("trade-kg extract (CLI)", () => {
  it("prints one schema-valid JSON line per seed, in order", () => {
    const out = execFileSync(TSX, ["src/cli/main.ts", "extract", ...SEEDS], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const schema = JSON.parse(readFileSync("../shared/contract/extraction.schema.json", "utf8"));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    lines.forEach((line, i) => {
      const doc = JSON.parse(line);
      expect(doc.document.source).toBe(SEEDS[i]);
      const ok = validate(doc);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
      expect(doc.tradeFacts.length).toBeGreaterThan(0);
    });
  });

  it("refuses unreadable files by name, still prints the others, and exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "tkg-"));
    const bin = join(dir, "image.png");
    const bad = join(dir, "latin1.txt");
    const empty = join(dir, "empty.txt");
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 50 * 1024 * 1024); // a sparse 50 MB file: refused by size before it is read
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(empty, "");
    const r = runCli([bin, SEEDS[1], bad, empty, huge, join(dir, "missing.txt")]);
    expect(r.status).not.toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).document.source).toBe(SEEDS[1]);
    for (const f of [bin, bad, empty, huge, "missing.txt"]) expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(/huge\.txt: .*limit/);
    expect(r.stderr).toContain("INPUT_UNREADABLE");
  });
});
