/**
 * Production runs compiled JavaScript: the build in dist/ runs with plain node from any
 * folder and finds the files it reads at run time; the bin never runs a build older than its
 * sources (it brings it up to date first), and `npm run build` refuses type errors. The
 * staleness checks run on a small project of their own in a temporary folder, with this
 * project's build scripts, so they never touch the shared dist/.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function node(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the build in dist/", () => {
  it("runs with plain node from another folder and finds cypher/ from there", () => {
    // the bin first, which brings dist/ up to date; then the build itself, with nothing else
    const viaBin = node([join(ROOT, "bin/trade-kg.js"), "queries"], tmpdir());
    expect(viaBin.status, viaBin.stderr).toBe(0);
    const listed = node([join(ROOT, "dist/src/cli/main.js"), "queries"], tmpdir());
    expect(listed.status, listed.stderr).toBe(0);
    // the saved queries are read from cypher/queries at run time
    expect(listed.stdout).toMatch(/\w+/);
    expect(listed.stdout.trim().split("\n").length).toBeGreaterThan(2);
    expect(listed.stdout).toBe(viaBin.stdout);
  });
});

describe("the bin over a stale build (a project of its own)", () => {
  let dir: string;
  const main = () => join(dir, "src/cli/main.ts");
  const writeMain = (body: string) => {
    writeFileSync(main(), body);
    // a second later than anything built so far, whatever the clock's resolution
    const later = new Date(Date.now() + 2_000);
    utimesSync(main(), later, later);
  };
  const runBin = () => node([join(dir, "bin/trade-kg.js")], dir);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "trade-kg-build-"));
    for (const path of ["bin", "scripts", "tsconfig.build.json", "package.json"]) {
      cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    }
    // the project's compiler options, over a src/ of one file
    const options = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...options, include: ["src"] }));
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    mkdirSync(join(dir, "src/cli"), { recursive: true });
    writeMain('export const version: string = "first";\nconsole.log(version);\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds a missing dist/ before its first run", () => {
    const first = runBin();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim()).toBe("first");
  });

  it("runs an edited source, not the build that predates it", () => {
    writeMain('export const version: string = "second";\nconsole.log(version);\n');
    const second = runBin();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout.trim()).toBe("second");
  });

  it("runs a source with type errors, as tsx would, while npm run build refuses it", () => {
    writeMain('export const version: number = "third";\nconsole.log(version);\n');
    const third = runBin();
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout.trim()).toBe("third");
    writeMain('export const version: number = "fourth";\nconsole.log(version);\n');
    const build = node([join(dir, "scripts/build.mjs")], dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/TS2322/);
    expect(build.stderr).toMatch(/dist\/ keeps its previous build/);
  });
});
