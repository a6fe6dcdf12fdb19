/**
 * The environment the embedded Neo4j's JVM starts with: only what Java needs to run, never
 * trade-kg's own variables. Whatever the JVM holds, a query could one day read back (through
 * `/proc/self/environ`, a leaked setting, a heap dump), so the API key, NEO4J_PASSWORD and
 * every other TRADE_KG_* or NEO4J_* value stay in this process. JAVA_TOOL_OPTIONS and
 * _JAVA_OPTIONS are dropped too: they would change the JVM's settings behind trade-kg's back.
 */
import type { Env } from "../config/config.js";

/** The variables passed through, when set. */
export const LAUNCHER_ENV_ALLOWED = [
  "PATH",
  "HOME",
  "JAVA_HOME",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "TMPDIR",
  "USER",
  "LOGNAME",
] as const;

export function launcherEnvironment(env: Env): Record<string, string> {
  const minimal: Record<string, string> = {};
  for (const name of LAUNCHER_ENV_ALLOWED) {
    const value = env[name];
    if (value !== undefined) minimal[name] = value;
  }
  return minimal;
}
