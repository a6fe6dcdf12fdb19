/**
 * `trade-kg serve` in a process of its own, on a given runtime: the compiled CLI through the
 * bin (what `npm start` runs: plain node over dist/, rebuilt first when stale) or the sources
 * under tsx's loader (what `npm run trade-kg` runs). Module loading and scheduling differ
 * between the two, so what must hold on any runtime is checked against the first.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export type Runtime = "compiled" | "tsx";

const RUNTIME_ARGS: Record<Runtime, string[]> = {
  compiled: [resolve(ROOT, "bin/trade-kg.js")],
  tsx: ["--import", "tsx", resolve(ROOT, "src/cli/main.ts")],
};

export interface ServedApi {
  graphqlUrl: string;
  stop(): Promise<void>;
}

export interface Neo4jAccess {
  uri: string;
  user: string;
  password: string;
}

/** The environment of a user with trade-kg's own variables cleared, then `extra`. */
function serverEnv(neo4j: Neo4jAccess, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NEO4J_|TRADE_KG_|PORT$|HOST$|NODE_ENV$)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    PORT: "0",
    ...extra,
  };
}

/** Starts the server and resolves once it says where GraphQL listens (or rejects with its stderr). */
export function serveApi(
  runtime: Runtime,
  neo4j: Neo4jAccess,
  extra: Record<string, string> = {},
  timeoutMs = 170_000,
): Promise<ServedApi> {
  const child = spawn(process.execPath, [...RUNTIME_ARGS[runtime], "serve"], {
    cwd: ROOT,
    env: serverEnv(neo4j, extra),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`expected "GraphQL API: <url>" within ${timeoutMs} ms, got:\n${stderr}`));
    }, timeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /GraphQL API: (\S+)/.exec(stderr)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolvePromise({ graphqlUrl: url, stop: () => stopChild(child) });
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`expected the server to keep running, got exit ${code}:\n${stderr}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once("exit", () => resolvePromise());
    child.kill("SIGTERM");
  });
}
