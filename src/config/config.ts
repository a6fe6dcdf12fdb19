/**
 * Configuration, read once from the environment at start, validated, frozen and passed
 * down. Nothing else reads process.env: a wrong value fails here, before anything starts,
 * with a message naming the variable and what was expected.
 */
import { isAbsolute, resolve } from "node:path";
import { expectedGot, TradeKgError } from "../core/errors.js";

export interface Neo4jConfig {
  /** Bolt URI of an external Neo4j, or null to run the embedded one. */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  /** Per-transaction timeout the driver sends with every call, in ms. */
  queryTimeoutMs: number;
}

export interface EmbeddedNeo4jConfig {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
}

export interface ServerConfig {
  host: string;
  port: number;
  production: boolean;
  apiKey: string | null;
  /** Host names (optionally name:port) the HTTP server answers besides localhost and HOST. */
  allowedHosts: readonly string[];
  /** Browser origins (scheme://host[:port]) that may call the API cross-origin; empty: none. */
  corsOrigins: readonly string[];
}

/**
 * Who may run analysts' Cypher (TRADE_KG_CYPHER): nobody (`off`), GraphQL callers with the
 * API key and the local CLI (`key`), or anyone who reaches the API (`open`).
 */
export type CypherMode = "off" | "key" | "open";
export const CYPHER_MODES: readonly CypherMode[] = ["off", "key", "open"];

export interface Config {
  projectRoot: string;
  cypherMode: CypherMode;
  neo4j: Neo4jConfig;
  embedded: EmbeddedNeo4jConfig;
  server: ServerConfig;
  seedsDir: string;
}

export type Env = Record<string, string | undefined>;

/** Every variable trade-kg reads, with its default; the README's table is this list. */
export const ENV_VARIABLES = {
  NEO4J_URI:
    "Bolt URI of an external Neo4j (bolt://, neo4j://, neo4j+s://). Unset: trade-kg runs its own.",
  NEO4J_USER: "User for NEO4J_URI (default neo4j).",
  NEO4J_PASSWORD:
    "Password for NEO4J_URI (default empty). The embedded Neo4j ignores it: its password is generated on first start in TRADE_KG_DATA_DIR/trade-kg-neo4j.password.",
  NEO4J_DATABASE: "Database name on a multi-database server (default: the server's default).",
  NEO4J_QUERY_TIMEOUT_MS: "Timeout of every transaction the API runs, in ms (default 15000).",
  NEO4J_BOLT_PORT: "Bolt port of the embedded Neo4j (default 7687).",
  TRADE_KG_DATA_DIR: "Data folder of the embedded Neo4j (default .data/neo4j).",
  NEO4J_HEAP: "Java heap of the embedded Neo4j, e.g. 1g (default 1g).",
  NEO4J_PAGECACHE: "Page cache of the embedded Neo4j, e.g. 512m (default 512m).",
  HOST: "Address the GraphQL server listens on (default 127.0.0.1).",
  PORT: "Port of the GraphQL server (default 4000).",
  ALLOWED_HOSTS:
    "Comma-separated host names (name or name:port) the server answers besides localhost and HOST; others get 421 (default none).",
  CORS_ORIGINS:
    "Comma-separated browser origins (http(s)://host[:port]) allowed to call the API from another site, with credentials; others get 403 (default none).",
  NODE_ENV: "production hides field suggestions and introspection (default development).",
  TRADE_KG_API_KEY:
    "Key required by mutations in the x-api-key header; unset: mutations are refused.",
  TRADE_KG_SEEDS_DIR: "Folder that `npm start` ingests (default seeds).",
  TRADE_KG_CYPHER:
    "Analysts' Cypher: off (refused everywhere), key (GraphQL `cypher` needs the x-api-key header; the CLI may query), open (no key). Default key.",
} as const;

export function loadConfig(env: Env, projectRoot: string = process.cwd()): Readonly<Config> {
  const uri = optionalString(env, "NEO4J_URI");
  if (
    uri !== null &&
    !/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/.test(uri)
  ) {
    throw new TradeKgError(
      "CONFIG_INVALID",
      expectedGot("NEO4J_URI", "a bolt://, neo4j:// or neo4j+s:// URI", uri),
    );
  }
  const config: Config = {
    projectRoot,
    cypherMode: oneOf(env, "TRADE_KG_CYPHER", CYPHER_MODES, "key"),
    neo4j: {
      uri,
      user: optionalString(env, "NEO4J_USER") ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: optionalString(env, "NEO4J_DATABASE") ?? undefined,
      queryTimeoutMs: integer(env, "NEO4J_QUERY_TIMEOUT_MS", 15_000, 100, 3_600_000),
    },
    embedded: {
      boltPort: integer(env, "NEO4J_BOLT_PORT", 7687, 1, 65_535),
      dataDir: pathIn(projectRoot, optionalString(env, "TRADE_KG_DATA_DIR") ?? ".data/neo4j"),
      heap: memorySize(env, "NEO4J_HEAP", "1g"),
      pageCache: memorySize(env, "NEO4J_PAGECACHE", "512m"),
    },
    server: {
      host: optionalString(env, "HOST") ?? "127.0.0.1",
      port: integer(env, "PORT", 4000, 0, 65_535),
      production: env.NODE_ENV === "production",
      apiKey: optionalString(env, "TRADE_KG_API_KEY"),
      allowedHosts: hostList(env, "ALLOWED_HOSTS"),
      corsOrigins: originList(env, "CORS_ORIGINS"),
    },
    seedsDir: pathIn(projectRoot, optionalString(env, "TRADE_KG_SEEDS_DIR") ?? "seeds"),
  };
  return deepFreeze(config);
}

function optionalString(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === "" ? null : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optionalString(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new TradeKgError(
      "CONFIG_INVALID",
      expectedGot(name, `an integer from ${min} to ${max}`, raw),
    );
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = optionalString(env, name);
  if (raw === null) return fallback;
  const value = values.find((candidate) => candidate === raw.toLowerCase());
  if (value === undefined) {
    throw new TradeKgError("CONFIG_INVALID", expectedGot(name, `one of ${values.join(", ")}`, raw));
  }
  return value;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = optionalString(env, name);
  if (raw === null) return fallback;
  if (!/^\d+[kmgKMG]$/.test(raw)) {
    throw new TradeKgError("CONFIG_INVALID", expectedGot(name, "a size such as 512m or 2g", raw));
  }
  return raw.toLowerCase();
}

const DNS_LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** A Host header value: DNS name, IPv4 address or [IPv6] address, with an optional port. */
const HOST_VALUE = new RegExp(
  `^(?:${DNS_LABEL}(?:\\.${DNS_LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`,
);

/**
 * ALLOWED_HOSTS, lower-cased, a trailing dot dropped. Checked here so that a typo stops the
 * start instead of silently answering every request with 421.
 */
function hostList(env: Env, name: string): string[] {
  const raw = optionalString(env, name);
  if (raw === null) return [];
  return raw.split(",").map((entry) => {
    const value = entry
      .trim()
      .toLowerCase()
      .replace(/\.(?=:\d+$|$)/, "");
    const match = HOST_VALUE.exec(value);
    const port = Number(match?.[1] ?? 1);
    if (!match || port < 1 || port > 65_535) {
      throw new TradeKgError(
        "CONFIG_INVALID",
        expectedGot(name, "host names such as kg.example.org or 10.0.0.5:4000", entry.trim()),
      );
    }
    return value;
  });
}

/**
 * CORS_ORIGINS as the exact strings browsers send in Origin (scheme://host[:port], lower case,
 * default ports dropped). `*` is refused: the API answers credentialed requests, and a
 * wildcard would hand them to every site.
 */
function originList(env: Env, name: string): string[] {
  const raw = optionalString(env, name);
  if (raw === null) return [];
  const expected = "origins such as http://localhost:5173 or https://app.example.org";
  return raw.split(",").map((entry) => {
    const value = entry.trim();
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const bare =
      url !== null &&
      /^https?:$/.test(url.protocol) &&
      url.origin ===
        value
          .replace(/\/$/, "")
          .toLowerCase()
          .replace(/:(80|443)$/, "");
    if (url === null || !bare) {
      throw new TradeKgError("CONFIG_INVALID", expectedGot(name, expected, value));
    }
    return url.origin;
  });
}

function pathIn(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
