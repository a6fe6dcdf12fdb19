/**
 * The embedded Neo4j's lifecycle: build once, start, wait for Bolt, stop.
 *
 * trade-kg runs its own Neo4j when NEO4J_URI is unset: the Maven project in neo4j/ wraps the
 * Community DBMS and its Bolt connector in one main class. This module builds that project
 * once (reused while its sources are unchanged), starts it as a child process over a data
 * folder, and records the running instance (embedded-record.ts), so that a second start sees
 * the first and `db status` / `db stop` can find it from another process; a JVM whose record
 * was lost is still found by its command line (embedded-process.ts). The JVM gets a minimal
 * environment (embedded-env.ts) and requires a password (embedded-auth.ts).
 *
 * Both start modes write the launcher's output to `<dataDir>/launcher.log` and read the ready
 * (or error) line from there: "attached" children hold a pipe to us and exit when we die;
 * "detached" ones (`trade-kg db start`) outlive the command that started them.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import type { EmbeddedNeo4jConfig } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";
import { launcherEnvironment } from "./embedded-env.js";
import {
  findLauncherProcesses,
  isSameProcess,
  LAUNCHER_MAIN_CLASS,
  type ProcessIdentity,
  processStartTime,
} from "./embedded-process.js";
import { readRecord, removeRecordIfOwned, writeRecord } from "./embedded-record.js";

export { processIsAlive } from "./embedded-process.js";

export interface EmbeddedInstance extends ProcessIdentity {
  port: number;
  uri: string;
  dataDir: string;
  /** Neo4j's version; "unknown" for an instance found by its process without a record. */
  version: string;
  /** true when this process started it (and so should stop it). */
  ownedByUs: boolean;
}

const LAUNCHER_JAR = "neo4j/target/trade-kg-neo4j.jar";
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

/**
 * The instance serving this data folder, if one runs: the one its record names while that
 * JVM lives, or else any launcher JVM whose command line names the folder (the record was
 * lost, or is stale after a crash and a restart by another process).
 */
export function findRunningInstance(dataDir: string): EmbeddedInstance | null {
  const record = readRecord(dataDir);
  if (record && isSameProcess(record)) {
    return instanceOf(dataDir, record, record.version, false);
  }
  const [live] = findLauncherProcesses(dataDir);
  return live ? instanceOf(dataDir, live, "unknown", false) : null;
}

function instanceOf(
  dataDir: string,
  process: ProcessIdentity & { port: number },
  version: string,
  ownedByUs: boolean,
): EmbeddedInstance {
  return {
    pid: process.pid,
    startTime: process.startTime,
    port: process.port,
    uri: `bolt://127.0.0.1:${process.port}`,
    dataDir,
    version,
    ownedByUs,
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
  const launched = launch(jar, config, options.mode);
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const ready = await waitForReady(launched, config, timeoutMs);
  const instance = instanceOf(
    config.dataDir,
    { pid: launched.child.pid!, startTime: launched.startTime, port: config.boltPort },
    ready.version,
    true,
  );
  writeRecord(config.dataDir, {
    pid: instance.pid,
    startTime: instance.startTime,
    port: instance.port,
    version: instance.version,
    startedAt: new Date().toISOString(),
  });
  return instance;
}

interface Launched {
  child: ChildProcess;
  startTime: string | null;
  logPath: string;
  exitCode(): number | null;
  spawnError(): Error | null;
}

/**
 * Starts the launcher JVM with the main class on its command line (how findLauncherProcesses
 * recognises it) and a minimal environment (see embedded-env.ts).
 */
function launch(jar: string, config: EmbeddedNeo4jConfig, mode: StartOptions["mode"]): Launched {
  const logPath = join(config.dataDir, LOG_FILE);
  const logFd = openSync(logPath, "w");
  const attached = mode === "attached";
  const child = spawn(
    "java",
    [
      `-Xmx${config.heap}`,
      `-Dtradekg.exitWithParent=${attached}`,
      "-cp",
      jar,
      LAUNCHER_MAIN_CLASS,
      String(config.boltPort),
      config.dataDir,
      config.pageCache,
    ],
    {
      stdio: [attached ? "pipe" : "ignore", logFd, logFd],
      detached: !attached,
      env: launcherEnvironment(process.env),
    },
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
  // Detached: outlives us. Attached: the stdin pipe is the child's parent-alive signal and
  // must not keep us alive either.
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  child.unref();
  return {
    child,
    startTime: child.pid ? processStartTime(child.pid) : null,
    logPath,
    exitCode: () => exitCode,
    spawnError: () => spawnError,
  };
}

/** Reads the launcher's log until its ready line (or its error line, or its exit). */
async function waitForReady(
  launched: Launched,
  config: EmbeddedNeo4jConfig,
  timeoutMs: number,
): Promise<{ uri: string; version: string }> {
  const { logPath } = launched;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const output = existsSync(logPath) ? readFileSync(logPath, "utf8") : "";
    const ready = READY.exec(output);
    if (ready) return { uri: ready[1], version: ready[2] };
    const failed = FAILED.exec(output);
    if (failed) throw launcherError(failed[1], failed[2], config);
    const spawnError = launched.spawnError();
    if (spawnError) {
      throw new TradeKgError(
        "NEO4J_START_FAILED",
        `could not run java: ${spawnError.message}; install a Java 17+ runtime`,
      );
    }
    const exitCode = launched.exitCode();
    if (exitCode !== null) {
      throw new TradeKgError(
        "NEO4J_START_FAILED",
        `the embedded Neo4j exited with code ${exitCode} before it was ready; see ${logPath}`,
      );
    }
    await sleep(100);
  }
  launched.child.kill("SIGKILL");
  throw new TradeKgError(
    "NEO4J_START_FAILED",
    `the embedded Neo4j was not ready within ${timeoutMs / 1000}s; see ${logPath}`,
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

/**
 * Stops the instance with SIGTERM (a clean shutdown that keeps the data), then SIGKILL after
 * timeoutMs. Signals go only to the very JVM the instance names (pid and start time), and its
 * record is removed only if it still names that JVM: after a crash and a restart by another
 * process, the record and the pid belong to the new instance.
 */
export async function stopEmbeddedNeo4j(
  instance: Pick<EmbeddedInstance, "pid" | "startTime" | "dataDir">,
  timeoutMs = 60_000,
): Promise<void> {
  if (isSameProcess(instance)) {
    process.kill(instance.pid, "SIGTERM");
    const deadline = Date.now() + timeoutMs;
    while (isSameProcess(instance) && Date.now() < deadline) await sleep(100);
    if (isSameProcess(instance)) process.kill(instance.pid, "SIGKILL");
  }
  removeRecordIfOwned(instance.dataDir, instance);
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once("error", () => resolvePromise(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolvePromise(true)));
  });
}
