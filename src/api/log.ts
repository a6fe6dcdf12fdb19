/**
 * The server's log: pino, JSON lines on stderr, one entry per masked error (with its request
 * id, so a user's report finds it) and per server event. Tests pass their own ErrorLogger.
 */
import pino from "pino";
import type { ErrorLogger } from "./errors.js";

export function createServerLogger(options: { production: boolean }): ErrorLogger {
  const logger = pino(
    { name: "trade-kg", level: options.production ? "info" : "debug" },
    pino.destination(2),
  );
  return (entry) => {
    const { level, message, ...rest } = entry as { level?: string; message?: string };
    if (level === "info") logger.info(rest, message);
    else logger.error(rest, message);
  };
}
