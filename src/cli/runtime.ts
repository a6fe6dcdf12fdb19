/**
 * What every command shares: the validated configuration (its paths resolved from the project
 * root), a logger to stderr (stdout belongs to command output such as JSON Lines), and a wait
 * for Ctrl-C.
 */
import { type Config, loadConfig } from "../config/config.js";
import { PROJECT_ROOT } from "../config/project-root.js";

export function configFromEnvironment(): Readonly<Config> {
  return loadConfig(process.env, PROJECT_ROOT);
}

export function info(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Resolves on the first SIGINT or SIGTERM. Ctrl-C reaches us several times at once (npm and
 * tsx relay the terminal's signal to their child too), so repeats within two seconds are the
 * same request; a later one means "stop now" and exits at once.
 */
export function untilInterrupted(): Promise<NodeJS.Signals> {
  return new Promise((resolvePromise) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      const firstAt = Date.now();
      const onRepeat = (repeat: NodeJS.Signals) => {
        if (Date.now() - firstAt > 2_000) process.exit(repeat === "SIGINT" ? 130 : 143);
      };
      process.on("SIGINT", onRepeat);
      process.on("SIGTERM", onRepeat);
      resolvePromise(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
