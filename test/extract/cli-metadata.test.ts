/**
 * `trade-kg extract` picks up sidecars with no flag, lets --date/--url/--title win over them,
 * and refuses a bad sidecar or flag with METADATA_INVALID naming the file and the field while
 * the other files still print.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TSX = "node_modules/.bin/tsx";
const FIXTURE = "test/fixtures/metadata/sidecar-release";

function extract(args: string[]) {
  const r = spawnSync(TSX, ["src/cli/main.ts", "extract", ...args], { encoding: "utf8" });
  const docs = r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line).document);
  return { status: r.status, stderr: r.stderr, docs };
}

describe("trade-kg extract with document metadata", () => {
  it("reads the sidecar beside a file with no flag", () => {
    const { status, docs } = extract([`${FIXTURE}.txt`]);
    expect(status).toBe(0);
    expect(docs[0]).toMatchObject({
      date: "2021-07-20",
      dateSource: "SIDECAR",
      url: "https://news.example.org/2022/03-01/orlandia.html",
      title: "Orlandia's trade in the first half (annotated)",
    });
  });

  it("lets the caller's flags win over the sidecar", () => {
    const { docs } = extract([`${FIXTURE}.txt`, "--date", "2022-07-12", "--title", "Mine"]);
    expect(docs[0]).toMatchObject({ date: "2022-07-12", dateSource: "CALLER", title: "Mine" });
  });

  it("refuses a bad sidecar by file and field, and still prints the other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "tkg-meta-"));
    const cases = {
      "not-json": "{date: 2023-05-09}",
      "no-such-day": '{"date": "2023-02-29"}',
      future: '{"date": "2099-01-01"}',
    };
    const files = Object.entries(cases).map(([name, json]) => {
      copyFileSync(`${FIXTURE}.txt`, join(dir, `${name}.txt`));
      writeFileSync(join(dir, `${name}.meta.json`), json);
      return join(dir, `${name}.txt`);
    });
    const { status, stderr, docs } = extract([...files, `${FIXTURE}.txt`]);
    expect(status).toBe(1);
    expect(docs.map((d) => d.source)).toEqual([`${FIXTURE}.txt`]);
    expect(stderr).toMatch(/error METADATA_INVALID: .*not-json\.meta\.json: not JSON/);
    expect(stderr).toMatch(
      /error METADATA_INVALID: .*no-such-day\.meta\.json: field date: expected a real calendar day, got "2023-02-29"/,
    );
    expect(stderr).toMatch(
      /error METADATA_INVALID: .*future\.meta\.json: field date: expected a day no later than .*, not in the future, got "2099-01-01"/,
    );
  });

  it("refuses a bad flag before reading any file", () => {
    const { status, stderr, docs } = extract([`${FIXTURE}.txt`, "--date", "2023-13-01"]);
    expect(status).not.toBe(0);
    expect(docs).toEqual([]);
    expect(stderr).toMatch(
      /error METADATA_INVALID: the command line: --date: expected a real calendar day, got "2023-13-01"/,
    );
  });
});
