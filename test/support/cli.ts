/** Runs the real `trade-kg` bin as a user would, in its own process. */
import { spawn, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { inject } from "vitest";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const BIN = resolve(PROJECT_ROOT, "bin/trade-kg.js");

/** The environment of a user without NEO4J_URI, with trade-kg's own variables cleared. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NEO4J_|TRADE_KG_|PORT$|HOST$|NODE_ENV$)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD of the test run's Neo4j, for cleanEnv. */
export function testDatabaseEnv(): Record<string, string> {
  return {
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_USER: inject("neo4jUser"),
    NEO4J_PASSWORD: inject("neo4jPassword"),
  };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: PROJECT_ROOT,
    env,
    encoding: "utf8",
    input,
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}
