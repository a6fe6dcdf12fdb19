/**
 * The embedded Neo4j's lifecycle: build once, start, wait for Bolt, stop.
 *
 * trade-kg runs its own Neo4j when NEO4J_URI is unset: the Maven project in neo4j/ wraps the
 * Community DBMS and its Bolt connector in one main class. This module builds that project
 * once (reused while its sources are unchanged), starts it as a child process over a data
 * folder, and records the running instance in `<dataDir>/trade-kg-neo4j.json`, so that a second
 * start sees the first and `db status` / `db stop` can find it from another process.
 *
 * Both start modes write the launcher's output to `<dataDir>/launcher.log` and read the ready
 * (or error) line from there: "attached" children hold a pipe to us and exit when we die;
 * "detached" ones (`trade-kg db start`) outlive the command that started them.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import type { EmbeddedNeo4jConfig } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";

export interface EmbeddedInstance {
  pid: number;
  port: number;
  uri: string;
  dataDir: string;
  version: string;
  /** true when this process started it (and so should stop it). */
  ownedByUs: boolean;
}

interface InstanceRecord {
  pid: number;
  port: number;
  version: string;
  startedAt: string;
}

const LAUNCHER_JAR = "neo4j/target/trade-kg-neo4j.jar";
const RECORD_FILE = "trade-kg-neo4j.json";
const LOG_FILE = "launcher.log";
const READY = /^trade-kg-neo4j ready (bolt:\/\/\S+) version=(\S+)/m;
const FAILED = /^trade-kg-neo4j error (\w+): (.*)$/m;

/** Builds neo4j/ with Maven unless the jar is newer than every source of it. */
export function ensureLauncherBuilt(
  projectRoot: string,
  log: (line: string) => void = () => {},
): string {
  const jar = join(projectRoot, LAUNCHER_JAR);
  if (
    existsSync(jar) &&
    existsSync(join(projectRoot, "neo4j/target/lib")) &&
    !sourcesNewerThan(projectRoot, statSync(jar).mtimeMs)
  ) {
    return jar;
  }
  log(
    "building the embedded Neo4j (mvn -q -f neo4j/pom.xml package; the first build fetches Neo4j's jars)...",
  );
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", join(projectRoot, "neo4j/pom.xml"), "package"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  if (result.error || result.status !== 0 || !existsSync(jar)) {
    const why = result.error
      ? `${result.error.message} (is Maven installed?)`
      : mavenErrorLines(`${result.stdout}\n${result.stderr}`);
    throw new TradeKgError("NEO4J_BUILD_FAILED", `mvn package in neo4j/ failed: ${why}`);
  }
  return jar;
}

/** The [ERROR] lines that say what failed, without Maven's boilerplate about -e and -X. */
function mavenErrorLines(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => stripAnsi(line).trim())
    .filter(
      (line) =>
        line.startsWith("[ERROR]") &&
        !/-e switch|-X switch|Help 1|possible solutions|^\[ERROR\]\s*$/.test(line),
    );
  return (lines.length > 0 ? lines.slice(0, 6) : output.trim().split("\n").slice(-6)).join("\n");
}

function sourcesNewerThan(projectRoot: string, mtimeMs: number): boolean {
  const sources = [join(projectRoot, "neo4j/pom.xml")];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else sources.push(path);
    }
  };
  walk(join(projectRoot, "neo4j/src"));
  return sources.some((path) => statSync(path).mtimeMs > mtimeMs);
}

/** The instance recorded for this data folder, if its process still runs. */
export function findRunningInstance(dataDir: string): EmbeddedInstance | null {
  const recordPath = join(dataDir, RECORD_FILE);
  if (!existsSync(recordPath)) return null;
  let record: InstanceRecord;
  try {
    record = JSON.parse(readFileSync(recordPath, "utf8")) as InstanceRecord;
  } catch {
    return null;
  }
  if (!processIsAlive(record.pid)) {
    rmSync(recordPath, { force: true });
    return null;
  }
  return {
    pid: record.pid,
    port: record.port,
    uri: `bolt://127.0.0.1:${record.port}`,
    dataDir,
    version: record.version,
    ownedByUs: false,
  };
}

export interface StartOptions {
  projectRoot: string;
  config: EmbeddedNeo4jConfig;
  /** attached: dies with this process. detached: keeps running after it exits. */
  mode: "attached" | "detached";
  /** Reuse an instance already running over the data folder instead of failing. */
  reuseRunning: boolean;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export async function startEmbeddedNeo4j(options: StartOptions): Promise<EmbeddedInstance> {
  const { config, log = () => {} } = options;
  const running = findRunningInstance(config.dataDir);
  if (running) {
    if (options.reuseRunning) {
      log(`using the embedded Neo4j already running at ${running.uri} (pid ${running.pid})`);
      return running;
    }
    throw new TradeKgError(
      "NEO4J_ALREADY_RUNNING",
      `an embedded Neo4j already runs over ${config.dataDir} (pid ${running.pid}, ${running.uri}); stop it with \`trade-kg db stop\``,
      { details: { pid: running.pid, port: running.port } },
    );
  }
  if (!(await portIsFree(config.boltPort))) {
    throw new TradeKgError(
      "NEO4J_PORT_IN_USE",
      `port ${config.boltPort} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there; stop what uses it or set NEO4J_BOLT_PORT to a free port`,
      { details: { port: config.boltPort } },
    );
  }
  const jar = ensureLauncherBuilt(options.projectRoot, log);
  mkdirSync(config.dataDir, { recursive: true });
  const logPath = join(config.dataDir, LOG_FILE);
  const logFd = openSync(logPath, "w");
  const attached = options.mode === "attached";
  const child = spawn(
    "java",
    [
      `-Xmx${config.heap}`,
      `-Dtradekg.exitWithParent=${attached}`,
      "-jar",
      jar,
      String(config.boltPort),
      config.dataDir,
      config.pageCache,
    ],
    { stdio: [attached ? "pipe" : "ignore", logFd, logFd], detached: !attached },
  );
  closeSync(logFd);
  let exitCode: number | null = null;
  let spawnError: Error | null = null;
  child.on("exit", (code) => {
    exitCode = code ?? -1;
  });
  child.on("error", (error) => {
    spawnError = error;
  });
  if (!attached) child.unref();
  else {
    // The pipe is the parent-alive signal for the child; it must not keep us alive.
    (child.stdin as unknown as { unref?: () => void })?.unref?.();
    child.unref();
  }

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    const output = existsSync(logPath) ? readFileSync(logPath, "utf8") : "";
    const ready = READY.exec(output);
    if (ready) {
      const instance: EmbeddedInstance = {
        pid: child.pid!,
        port: config.boltPort,
        uri: ready[1],
        dataDir: config.dataDir,
        version: ready[2],
        ownedByUs: true,
      };
      const record: InstanceRecord = {
        pid: instance.pid,
        port: instance.port,
        version: instance.version,
        startedAt: new Date().toISOString(),
      };
      writeFileSync(join(config.dataDir, RECORD_FILE), JSON.stringify(record));
      return instance;
    }
    const failed = FAILED.exec(output);
    if (failed) throw launcherError(failed[1], failed[2], config);
    if (spawnError) {
      throw new TradeKgError(
        "NEO4J_START_FAILED",
        `could not run java: ${(spawnError as Error).message}; install a Java 17+ runtime`,
      );
    }
    if (exitCode !== null) {
      throw new TradeKgError(
        "NEO4J_START_FAILED",
        `the embedded Neo4j exited with code ${exitCode} before it was ready; see ${logPath}`,
      );
    }
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new TradeKgError(
    "NEO4J_START_FAILED",
    `the embedded Neo4j was not ready within ${(options.startTimeoutMs ?? 120_000) / 1000}s; see ${logPath}`,
  );
}

function launcherError(code: string, message: string, config: EmbeddedNeo4jConfig): TradeKgError {
  switch (code) {
    case "PORT_IN_USE":
      return new TradeKgError(
        "NEO4J_PORT_IN_USE",
        `${message}; set NEO4J_BOLT_PORT to a free port`,
        { details: { port: config.boltPort } },
      );
    case "DATA_DIR_LOCKED":
      return new TradeKgError(
        "NEO4J_ALREADY_RUNNING",
        `another Neo4j holds the data folder ${config.dataDir}: ${message}`,
      );
    default:
      return new TradeKgError(
        "NEO4J_START_FAILED",
        `${message}; see ${join(config.dataDir, "logs/debug.log")}`,
      );
  }
}

/** Stops the instance with SIGTERM (a clean shutdown that keeps the data), then SIGKILL after timeoutMs. */
export async function stopEmbeddedNeo4j(
  instance: Pick<EmbeddedInstance, "pid" | "dataDir">,
  timeoutMs = 60_000,
): Promise<void> {
  if (processIsAlive(instance.pid)) {
    process.kill(instance.pid, "SIGTERM");
    const deadline = Date.now() + timeoutMs;
    while (processIsAlive(instance.pid) && Date.now() < deadline) await sleep(100);
    if (processIsAlive(instance.pid)) process.kill(instance.pid, "SIGKILL");
  }
  rmSync(join(instance.dataDir, RECORD_FILE), { force: true });
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once("error", () => resolvePromise(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolvePromise(true)));
  });
}
