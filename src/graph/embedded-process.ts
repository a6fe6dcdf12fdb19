/**
 * What the kernel says about the embedded Neo4j's process: whether a pid is still the JVM we
 * started (pid and start time, since pids are reused), and which JVMs run over a data folder
 * (their command lines), so a lost or stale instance record never hides a running database.
 * Reads /proc; where there is none, start times are null and the scan finds nothing.
 */
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { resolve } from "node:path";

/** The launcher's main class, which trade-kg puts on the JVM's command line. */
export const LAUNCHER_MAIN_CLASS = "dev.tradekg.neo4j.EmbeddedNeo4j";
/** Older trade-kg started it with `-jar …/trade-kg-neo4j.jar`; such JVMs are found too. */
const LAUNCHER_JAR_NAME = "trade-kg-neo4j.jar";

/** A process: its pid and its start time in clock ticks since boot (/proc/<pid>/stat field 22). */
export interface ProcessIdentity {
  pid: number;
  startTime: string | null;
}

export interface LauncherProcess extends ProcessIdentity {
  port: number;
}

/** The fields of /proc/<pid>/stat after the command name, which may itself hold spaces and ")". */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (the fields after the name start at field 3). */
export function processStartTime(pid: number): string | null {
  return statFields(pid)?.[22 - 3] ?? null;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) still answers signal 0.
  const state = statFields(pid)?.[0];
  return state !== "Z";
}

/** True while `identity` still names the process it was taken from (not a later one with its pid). */
export function isSameProcess(identity: ProcessIdentity): boolean {
  if (!processIsAlive(identity.pid)) return false;
  return identity.startTime === null || processStartTime(identity.pid) === identity.startTime;
}

/** Every live embedded-Neo4j JVM whose command line names this data folder. */
export function findLauncherProcesses(dataDir: string): LauncherProcess[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const wanted = canonical(dataDir);
  const found: LauncherProcess[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const args = launcherArguments(pid);
    if (!args || canonical(args.dataDir) !== wanted || !processIsAlive(pid)) continue;
    found.push({ pid, port: args.port, startTime: processStartTime(pid) });
  }
  return found;
}

/** PORT and DATA_DIR from a launcher's command line, or null for any other process. */
function launcherArguments(pid: number): { port: number; dataDir: string } | null {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return null;
  }
  const main = argv.findIndex(
    (arg, i) =>
      arg === LAUNCHER_MAIN_CLASS || (argv[i - 1] === "-jar" && arg.endsWith(LAUNCHER_JAR_NAME)),
  );
  if (main < 0 || argv.length < main + 3) return null;
  const port = Number(argv[main + 1]);
  return Number.isInteger(port) ? { port, dataDir: argv[main + 2] } : null;
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
