/**
 * The one catalogue of trade-kg's error codes.
 *
 * Every failure a user can meet carries one of these codes, at the CLI (printed as
 * "error CODE: message", with a non-zero exit) and in GraphQL (`extensions.code`). Each entry
 * says what went wrong and what to do; docs/ERRORS.md is printed from this table and a test
 * keeps the two in step.
 */

export interface ErrorCodeInfo {
  /** What a user sees as the cause. */
  meaning: string;
  /** What to do about it. */
  remedy: string;
  /** Exit code of the CLI when this error ends a command. */
  exitCode: number;
  /** Whether GraphQL clients see the message (true) or a masked one (false). */
  public: boolean;
}

export const ERROR_CODES = {
  CONFIG_INVALID: {
    meaning: "An environment variable or option has a value trade-kg cannot use.",
    remedy: "Fix the variable named in the message; README.md lists every variable.",
    exitCode: 2,
    public: true,
  },
  BAD_USER_INPUT: {
    meaning: "An argument of a command or a GraphQL field is out of range or malformed.",
    remedy: "Correct the argument named in the message.",
    exitCode: 2,
    public: true,
  },
  INPUT_UNREADABLE: {
    meaning:
      "An input file cannot be read, or is not text (binary, invalid UTF-8, empty, too large).",
    remedy: "Give a UTF-8 text or HTML file; the message names the file and the reason.",
    exitCode: 1,
    public: true,
  },
  METADATA_INVALID: {
    meaning:
      "A document's date, URL or title cannot be used: a sidecar NAME.meta.json that is not a JSON object, a date that is not a real day or lies in the future, a URL that is not http(s).",
    remedy:
      "Fix the file and field named in the message (dates are YYYY-MM-DD); the other files are still processed.",
    exitCode: 1,
    public: true,
  },
  FILE_SYSTEM_ERROR: {
    meaning:
      "A file or folder named on the command line cannot be created, written or read: a missing folder, no permission, a full disk.",
    remedy:
      "Fix the path named in the message (create its folder, choose a writable place); nothing is left half-written at the destination.",
    exitCode: 1,
    public: true,
  },
  NEO4J_BUILD_FAILED: {
    meaning: "The embedded Neo4j (neo4j/, a Maven project) could not be built.",
    remedy:
      "Check that java (17+) and mvn are installed and Maven Central can be reached; or set NEO4J_URI to use a running Neo4j.",
    exitCode: 3,
    public: true,
  },
  NEO4J_PORT_IN_USE: {
    meaning: "The port chosen for the embedded Neo4j is taken by another program.",
    remedy: "Stop that program or set NEO4J_BOLT_PORT to a free port.",
    exitCode: 3,
    public: true,
  },
  NEO4J_ALREADY_RUNNING: {
    meaning: "An embedded Neo4j already runs over this data folder.",
    remedy: "Use it (it is reused automatically), or stop it with `trade-kg db stop`.",
    exitCode: 3,
    public: true,
  },
  NEO4J_START_FAILED: {
    meaning: "The embedded Neo4j did not start.",
    remedy: "Read the Neo4j log named in the message (under the data folder's logs/).",
    exitCode: 3,
    public: true,
  },
  SERVER_PORT_IN_USE: {
    meaning: "The port chosen for the GraphQL server is taken by another program.",
    remedy: "Stop that program or set PORT to a free port (PORT=0 picks one).",
    exitCode: 3,
    public: true,
  },
  DATABASE_UNAVAILABLE: {
    meaning: "Neo4j cannot be reached over Bolt.",
    remedy:
      "Start it (`trade-kg db start`, or `npm start`), or check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.",
    exitCode: 4,
    public: true,
  },
  CYPHER_REFUSED: {
    meaning:
      "An analyst query would write, or uses a clause, plan operator, procedure or function that read-only access does not allow (LOAD CSV, SHOW and TERMINATE commands, procedures outside the allow-list, USE, CALL IN TRANSACTIONS).",
    remedy:
      "Rewrite it as a read-only query; the message names what was refused. Writes go through ingestion.",
    exitCode: 2,
    public: true,
  },
  CYPHER_DISABLED: {
    meaning: "Analysts' Cypher is turned off on this server or machine (TRADE_KG_CYPHER=off).",
    remedy:
      "Use the typed GraphQL fields; or start trade-kg with TRADE_KG_CYPHER=key, and `trade-kg query --saved NAME` runs the saved queries (README, analysts' Cypher).",
    exitCode: 2,
    public: true,
  },
  QUERY_TIMEOUT: {
    meaning: "A query ran past its time limit and the database stopped it.",
    remedy:
      "Narrow the query (a LIMIT, an indexed property, fewer hops) or raise the limit where the command allows it.",
    exitCode: 5,
    public: true,
  },
  NOT_FOUND: {
    meaning: "The entity, document or fact named does not exist.",
    remedy: "Check the id; `search` finds entities by name.",
    exitCode: 1,
    public: true,
  },
  UNAUTHENTICATED: {
    meaning:
      "A mutation, or the cypher field under TRADE_KG_CYPHER=key, was sent without the right API key.",
    remedy: "Send the key from TRADE_KG_API_KEY in the `x-api-key` header.",
    exitCode: 1,
    public: true,
  },
  BAD_REQUEST: {
    meaning: "An HTTP request's body is not what its content type says (malformed JSON).",
    remedy: "Send a JSON body with content-type application/json; the message quotes the parser.",
    exitCode: 2,
    public: true,
  },
  PAYLOAD_TOO_LARGE: {
    meaning: "An HTTP request's body is larger than the server reads (1 MB).",
    remedy: "Send a smaller query: variables that name what to read instead of inlined data.",
    exitCode: 2,
    public: true,
  },
  MISDIRECTED_REQUEST: {
    meaning:
      "A request's Host header names no host this server answers for (a guard against DNS rebinding).",
    remedy: "Use localhost, or ask the server's operator to add the name to ALLOWED_HOSTS.",
    exitCode: 2,
    public: true,
  },
  ORIGIN_NOT_ALLOWED: {
    meaning: "A browser request came from a web page whose origin is not in CORS_ORIGINS.",
    remedy: "Ask the server's operator to add the page's origin to CORS_ORIGINS.",
    exitCode: 2,
    public: true,
  },
  METHOD_NOT_ALLOWED: {
    meaning: "An HTTP method that the path does not take (a POST to /export).",
    remedy: "Use GET for /export and the explorer, GET or POST for /graphql.",
    exitCode: 2,
    public: true,
  },
  NO_ROUTE: {
    meaning: "An HTTP path that the server does not serve.",
    remedy: "GraphQL is at /graphql, the explorer at /, exports at /export.",
    exitCode: 2,
    public: true,
  },
  INTERNAL_SERVER_ERROR: {
    meaning: "An unexpected failure inside trade-kg or the database.",
    remedy: "Report it with the request id from the message; the server log has the details.",
    exitCode: 70,
    public: false,
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error a user is meant to read: a code from the catalogue and a message saying what to do. */
export class TradeKgError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TradeKgError";
    this.code = code;
    this.details = options?.details;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exitCode;
  }
}

export function isTradeKgError(error: unknown): error is TradeKgError {
  return error instanceof TradeKgError;
}

/** "expected X, got Y" with Y shown as JSON so empty strings and types are visible. */
export function expectedGot(what: string, expected: string, got: unknown): string {
  let shown: string;
  try {
    shown = got === undefined ? "nothing" : JSON.stringify(got);
  } catch {
    shown = String(got);
  }
  return `${what}: expected ${expected}, got ${shown}`;
}

/** docs/ERRORS.md: the catalogue as a table, printed by `trade-kg errors`. */
export function renderErrorCatalogue(): string {
  const rows = Object.entries(ERROR_CODES).map(
    ([code, info]) =>
      `| \`${code}\` | ${info.meaning} | ${info.remedy} | ${info.exitCode} | ${info.public ? "as is" : "masked, with a request id"} |`,
  );
  return [
    "# trade-kg error codes",
    "",
    "Printed from `src/core/errors.ts` by `npm run --silent trade-kg -- errors > docs/ERRORS.md`; a test keeps them in step.",
    "The CLI prints `error CODE: message` on stderr and exits with the code's exit status; GraphQL",
    "puts the code in `extensions.code`. GraphQL's own codes (`GRAPHQL_PARSE_FAILED`,",
    "`GRAPHQL_VALIDATION_FAILED`, `BAD_REQUEST`) and HTTP-level ones (`PAYLOAD_TOO_LARGE` with",
    "status 413; `MISDIRECTED_REQUEST` with status 421 for a Host header that is neither localhost,",
    "`HOST` nor in `ALLOWED_HOSTS`; `ORIGIN_NOT_ALLOWED` with status 403 for a browser request from",
    "another site whose origin is not in `CORS_ORIGINS`) come beside these. Messages reach HTTP clients without Java",
    "class names, Bolt URIs or server paths.",
    "",
    "| code | meaning | what to do | CLI exit | GraphQL message |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
