/**
 * What every benchmark records beside its numbers: the machine it ran on and the commit it
 * measured, so results from different machines are never compared as if alike.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

export function machineFacts(extra: Record<string, unknown> = {}) {
  return {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    ...extra,
    date: new Date().toISOString(),
    commit: execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim(),
  };
}

/** Writes bench/results/NAME.json and says so. */
export function writeBenchResult(name: string, result: Record<string, unknown>): void {
  mkdirSync(resolve(ROOT, "bench/results"), { recursive: true });
  writeFileSync(
    resolve(ROOT, `bench/results/${name}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(`written bench/results/${name}.json`);
}
