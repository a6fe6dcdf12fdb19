/**
 * `npm test` on a fresh machine: scripts/system-packages.mjs runs first and either installs the
 * Debian packages the tests need (as root with apt-get) or stops at once with the one command to
 * run. Missing tools are made real by running it with a PATH that holds none of them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SCRIPT = join(ROOT, "scripts/system-packages.mjs");
const emptyPath = mkdtempSync(join(tmpdir(), "trade-kg-empty-path-"));
afterAll(() => rmSync(emptyPath, { recursive: true, force: true }));

function run(args: string[], options: { path?: string; uid?: number } = {}) {
  const env = { ...process.env, PATH: options.path ?? process.env.PATH };
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    env,
    encoding: "utf8",
    uid: options.uid,
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("the system packages npm test needs", () => {
  it("npm test checks them before anything else", () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
    expect(scripts.test.startsWith("node scripts/system-packages.mjs && ")).toBe(true);
  });

  it("passes silently on a machine that has them all", () => {
    const result = run(["--check"]);
    expect(result).toMatchObject({ status: 0, stderr: "", stdout: "" });
  });

  it("names the missing ones and the one command that installs them", () => {
    const result = run(["--check"], { path: emptyPath });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "npm test needs Debian packages that are missing: openjdk-17-jdk-headless, maven",
    );
    expect(lines[1]).toBe("run: apt-get install -y openjdk-17-jdk-headless maven");
  });

  it("stops at once, without installing, when it cannot run apt-get as root", () => {
    // As root, but with no apt-get on PATH.
    const result = run([], { path: emptyPath });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain("installing");
    expect(result.stderr).toContain("run: apt-get install -y openjdk-17-jdk-headless maven");
  });

  it.runIf(process.getuid?.() === 0)("tells a user who is not root to use sudo", () => {
    const result = run([], { path: emptyPath, uid: 65534 });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain("installing");
    expect(result.stderr).toContain("run: sudo apt-get install -y openjdk-17-jdk-headless maven");
  });
});
