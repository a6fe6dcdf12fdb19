/**
 * The embedded Neo4j's credentials. The launcher generates the password of user neo4j on the
 * first start of a data folder and keeps it in `<dataDir>/trade-kg-neo4j.password` (mode
 * 0600); the CLI, the API and the tests read it from there. An external NEO4J_URI never comes
 * here: it keeps NEO4J_USER and NEO4J_PASSWORD.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Neo4jConfig } from "../config/config.js";
import { expectedGot, TradeKgError } from "../core/errors.js";

export const EMBEDDED_USER = "neo4j";
export const PASSWORD_FILE = "trade-kg-neo4j.password";

export function embeddedPasswordPath(dataDir: string): string {
  return join(dataDir, PASSWORD_FILE);
}

export function readEmbeddedPassword(dataDir: string): string {
  const path = embeddedPasswordPath(dataDir);
  let password: string;
  try {
    password = readFileSync(path, "utf8").trim();
  } catch (error) {
    throw new TradeKgError(
      "NEO4J_START_FAILED",
      `${expectedGot("the embedded Neo4j's password", `a file ${path}`, describeReadError(error))}; restart the database (\`trade-kg db stop\`, then \`trade-kg db start\`) to write a new one`,
      { cause: error },
    );
  }
  if (password === "") {
    throw new TradeKgError(
      "NEO4J_START_FAILED",
      `${expectedGot("the embedded Neo4j's password", `a password in ${path}`, "an empty file")}; delete it and restart the database to write a new one`,
    );
  }
  return password;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : (code ?? "an unreadable file");
}

/** The Neo4j settings with the embedded instance's user and password in place of NEO4J_USER/NEO4J_PASSWORD. */
export function embeddedCredentials<T extends Pick<Neo4jConfig, "user" | "password">>(
  neo4jConfig: T,
  dataDir: string,
): T {
  return { ...neo4jConfig, user: EMBEDDED_USER, password: readEmbeddedPassword(dataDir) };
}
