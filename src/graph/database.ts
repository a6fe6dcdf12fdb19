/**
 * The one door to Neo4j. Every statement goes through `read` or `write`, which run it in a
 * managed transaction (executeRead / executeWrite: retried on transient errors, routed to
 * a reader or the leader in a cluster) with its own timeout, and which turn "the database
 * cannot be reached" into DATABASE_UNAVAILABLE instead of a driver stack trace.
 *
 * It also counts the statements it runs: tests and the API's debug header read the count to
 * show how many database round trips a request cost. Reads counted for a request (a
 * `counter` and no timeout of their own) share that request's read transaction instead
 * (src/graph/request-reads.ts).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";
import type { Neo4jConfig } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";
import { redactInternals } from "../core/redact.js";
import { requestReads } from "./request-reads.js";
import { sendWithoutDelay } from "./tcp-no-delay.js";

export interface Database {
  readonly uri: string;
  readonly driver: Driver;
  read<T extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<QueryResult<T>>;
  write<T extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<QueryResult<T>>;
  /** Several statements in one write transaction: all of them or none. */
  writeTransaction<R>(
    work: (tx: ManagedTransaction) => Promise<R>,
    options?: CallOptions,
  ): Promise<R>;
  readTransaction<R>(
    work: (tx: ManagedTransaction) => Promise<R>,
    options?: CallOptions,
  ): Promise<R>;
  /** Statements run since creation (tests and the debug header read differences of it). */
  statementCount(): number;
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface CallOptions {
  timeoutMs?: number;
  /** Counts statements for one request; see api/context. */
  counter?: { statements: number };
  /**
   * readTransaction only: run in the read transaction the request with this counter shares
   * (src/graph/request-reads.ts), uncounted; for what a request reads beside its answer.
   */
  share?: { statements: number };
}

type Neo4jAccess = Pick<Neo4jConfig, "user" | "password" | "database" | "queryTimeoutMs">;
type TransactionRunner = <R>(
  mode: "READ" | "WRITE",
  work: (tx: ManagedTransaction) => Promise<R>,
  options?: CallOptions,
) => Promise<R>;

function createDriver(uri: string, config: Neo4jAccess): Driver {
  sendWithoutDelay();
  return neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Give up retrying a managed transaction after 5 s: a database that is down should be
    // reported promptly, not after the driver's default 30 s.
    maxTransactionRetryTime: 5_000,
    logging: { level: "error", logger: () => {} },
  });
}

/**
 * Work in a managed transaction of a session of its own (retried by the driver on transient
 * errors), with every statement it runs passed to `count`, and driver errors translated.
 */
function managedTransactions(
  driver: Driver,
  uri: string,
  config: Neo4jAccess,
  count: (options?: CallOptions) => void,
): TransactionRunner {
  const countingTx = (tx: ManagedTransaction, options?: CallOptions): ManagedTransaction => {
    const run = tx.run.bind(tx);
    return Object.assign(Object.create(tx), {
      run: (query: string, params?: Record<string, unknown>) => {
        count(options);
        return run(query, params);
      },
    }) as ManagedTransaction;
  };
  return async (mode, work, options) => {
    const session = driver.session({
      database: config.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const txConfig = { timeout: options?.timeoutMs ?? config.queryTimeoutMs };
    try {
      const wrapped = (tx: ManagedTransaction) => work(countingTx(tx, options));
      return mode === "READ"
        ? await session.executeRead(wrapped, txConfig)
        : await session.executeWrite(wrapped, txConfig);
    } catch (error) {
      throw translateDriverError(error, uri);
    } finally {
      await session.close();
    }
  };
}

export function openDatabase(uri: string, config: Neo4jAccess): Database {
  const driver = createDriver(uri, config);
  let statements = 0;
  const count = (options?: CallOptions) => {
    statements += 1;
    if (options?.counter) options.counter.statements += 1;
  };
  const transaction = managedTransactions(driver, uri, config, count);
  const shared = requestReads(driver, config);

  return {
    uri,
    driver,
    read: (cypher, params = {}, options) => {
      const alone = (counted?: CallOptions) =>
        transaction("READ", (tx) => tx.run(cypher, params), counted);
      const counter = options?.counter;
      if (!counter || options.timeoutMs !== undefined) return alone(options);
      count(options);
      return shared.read(counter, cypher, params, () => alone({}));
    },
    write: (cypher, params = {}, options) =>
      transaction("WRITE", (tx) => tx.run(cypher, params), options),
    readTransaction: (work, options) =>
      options?.share && options.timeoutMs === undefined
        ? shared
            .transaction(options.share, (tx) => work(tx as unknown as ManagedTransaction))
            .catch((error) => {
              throw translateDriverError(error, uri);
            })
        : transaction("READ", work, options),
    writeTransaction: (work, options) => transaction("WRITE", work, options),
    statementCount: () => statements,
    async verify() {
      try {
        await driver.verifyConnectivity({ database: config.database });
      } catch (error) {
        throw translateDriverError(error, uri);
      }
    },
    close: () => driver.close(),
  };
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Driver errors that mean "no database here" become DATABASE_UNAVAILABLE; the server's own
 * errors pass with their code and a message cleared of Java class names and server paths
 * (see core/redact), since callers turn those messages into what users read.
 */
export function translateDriverError(error: unknown, uri: string): unknown {
  const code = (error as { code?: string })?.code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) {
    return new TradeKgError(
      "DATABASE_UNAVAILABLE",
      `Neo4j at ${uri} cannot be reached (${(error as Error).message.split("\n")[0]}); start it with \`trade-kg db start\` or check NEO4J_URI`,
      { cause: error },
    );
  }
  if (typeof code === "string" && code.startsWith("Neo.ClientError.Security.")) {
    return new TradeKgError(
      "DATABASE_UNAVAILABLE",
      `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`,
      { cause: error },
    );
  }
  return error instanceof Neo4jError ? redacted(error) : error;
}

/** The same Neo4j error with its message redacted; the original stays as the cause, for logs. */
function redacted(error: Neo4jError): Neo4jError {
  const message = redactInternals(error.message);
  if (message === error.message) return error;
  const copy = new Neo4jError(
    message,
    error.code,
    error.gqlStatus,
    redactInternals(error.gqlStatusDescription ?? ""),
    error.diagnosticRecord,
    error,
  );
  copy.retriable = error.retriable;
  return copy;
}
