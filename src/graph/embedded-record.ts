/**
 * The instance record `<dataDir>/trade-kg-neo4j.json`: which JVM serves this data folder, on
 * which port, so that another process (`db status`, `db stop`, a second `start`) can find it.
 *
 * A record names its JVM by pid and start time, and only the stop of that very JVM removes
 * it: a process stopping an instance that already died (a crash) must not delete the record
 * of the instance started after it. A stale record is simply ignored and later overwritten.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProcessIdentity } from "./embedded-process.js";

export const RECORD_FILE = "trade-kg-neo4j.json";

export interface InstanceRecord extends ProcessIdentity {
  port: number;
  version: string;
  startedAt: string;
}

export function readRecord(dataDir: string): InstanceRecord | null {
  try {
    const record = JSON.parse(readFileSync(join(dataDir, RECORD_FILE), "utf8")) as InstanceRecord;
    if (!Number.isInteger(record.pid) || !Number.isInteger(record.port)) return null;
    return { ...record, startTime: record.startTime ?? null };
  } catch {
    return null;
  }
}

/** Writes the whole record or nothing (a reader never sees half of it). */
export function writeRecord(dataDir: string, record: InstanceRecord): void {
  const path = join(dataDir, RECORD_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, path);
}

/** Removes the record only if it names this JVM; returns whether it did. */
export function removeRecordIfOwned(dataDir: string, owner: ProcessIdentity): boolean {
  const record = readRecord(dataDir);
  if (!record || record.pid !== owner.pid || record.startTime !== owner.startTime) return false;
  rmSync(join(dataDir, RECORD_FILE), { force: true });
  return true;
}
