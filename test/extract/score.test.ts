import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The measured targets of the extractor on the seeds, by the shared scorer.
describe("scores on the seed briefings", () => {
  it("meets the targets", () => {
    const out = execFileSync(
      "node_modules/.bin/tsx",
      [
        "src/cli/main.ts",
        "extract",
        "seeds/000_442c5eff6b0bec5a.txt",
        "seeds/003_44fb831386fa0c29.txt",
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const pred = join(mkdtempSync(join(tmpdir(), "tkg-score-")), "out.jsonl");
    writeFileSync(pred, out);
    const summary = JSON.parse(
      execFileSync(
        "node",
        ["../shared/eval/score.mjs", "--gold", "../shared/gold/seeds", "--pred", pred, "--json"],
        { encoding: "utf8" },
      ),
    );
    expect(summary.trade.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.policy.f1).toBeGreaterThanOrEqual(0.6);
    expect(summary.provenance).toBe(1);
  });
});
