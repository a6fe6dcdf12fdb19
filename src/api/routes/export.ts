/**
 * GET /export?format=json|graphml|csv|cypher&center=…&hops=…&types=…&edges=…&period=…&flow=…
 * &view=facts|entities|network&includeGroups=…&document=… streams a subgraph export straight from the database cursor
 * into the response, so memory stays flat however large the subgraph grows (bench/ measures
 * it). The tidy csv tables come as one zip. A bad selection answers 400, an unknown entity or
 * document 404, both as JSON before any byte of the export; a failure mid-stream can only cut
 * the connection, which the client sees as a truncated body. The neo4j-csv bundle is for
 * neo4j-admin on the database's machine and is exported by the CLI.
 *
 * Every export names the snapshot it was read from (src/graph/snapshot.ts) in its ETag and
 * file name; a request whose If-None-Match names the current snapshot is answered 304.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isTradeKgError, TradeKgError } from "../../core/errors.js";
import {
  CONTENT_TYPES,
  type ExportTarget,
  exportSubgraph,
  FILE_EXTENSIONS,
  ZIPPED_FORMATS,
} from "../../export/export-subgraph.js";
import { type ExportFormat, parseFormat, parseSelection } from "../../export/selection.js";
import { streamTextSink } from "../../export/text-sink.js";
import type { Database } from "../../graph/database.js";
import { readSnapshotId } from "../../graph/snapshot.js";
import type { SubgraphSelection } from "../../graph/subgraph.js";
import { sendError } from "../http-reply.js";

type Log = (entry: Record<string, unknown>) => void;

export async function handleExportRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  db: Database,
  log: Log,
): Promise<void> {
  if (req.method !== "GET") {
    sendError(res, 405, "METHOD_NOT_ALLOWED", "use GET /export?format=json|graphml|csv|cypher&…");
    return;
  }
  let request: { format: ExportFormat; selection: SubgraphSelection };
  try {
    request = parseRequest(url.searchParams);
  } catch (error) {
    if (isTradeKgError(error)) {
      sendError(res, 400, error.code, error.message);
      return;
    }
    throw error;
  }
  try {
    const snapshot = await readSnapshotId(db);
    if (matchesEtag(req.headers["if-none-match"], snapshot)) {
      res.statusCode = 304;
      res.setHeader("etag", etagOf(snapshot));
      res.end();
      return;
    }
  } catch (error) {
    failBeforeStart(res, error, log);
    return;
  }
  await streamExport(res, db, request.format, request.selection, log);
}

function parseRequest(query: URLSearchParams): {
  format: ExportFormat;
  selection: SubgraphSelection;
} {
  const format = parseFormat(query.get("format") ?? "json");
  if (format === "neo4j-csv") {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "format: the neo4j-csv bundle is for neo4j-admin import; export it with `trade-kg export --format neo4j-csv --out FOLDER` (format=csv is the tidy tables as a zip)",
    );
  }
  const selection = parseSelection({
    center: query.get("center"),
    hops: query.get("hops"),
    document: query.get("document"),
    types: query.get("types"),
    edges: query.get("edges"),
    period: query.get("period"),
    from: query.get("from"),
    to: query.get("to"),
    flow: query.get("flow"),
    view: query.get("view"),
    includeGroups: query.get("includeGroups"),
  });
  return { format, selection };
}

const etagOf = (snapshot: string) => `"${snapshot}"`;

/** If-None-Match: `*`, or a list of (possibly weak) tags, one of which is this snapshot's. */
function matchesEtag(header: string | undefined, snapshot: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etagOf(snapshot));
}

/**
 * The first 64 KiB wait in memory before the status line goes out, so that what the first
 * queries find (an unknown centre: NOT_FOUND) can still become a clean 404 instead of a 200
 * with a cut body. Past that, chunks flow as the cursor yields them.
 */
async function streamExport(
  res: ServerResponse,
  db: Database,
  format: ExportFormat,
  selection: SubgraphSelection,
  log: Log,
): Promise<void> {
  const body = streamTextSink(res);
  let pending: (string | Uint8Array)[] = [];
  let pendingSize = 0;
  let started = false;
  let snapshot = "";
  const begin = async () => {
    started = true;
    res.statusCode = 200;
    res.setHeader("content-type", CONTENT_TYPES[format]);
    res.setHeader("etag", etagOf(snapshot));
    res.setHeader(
      "content-disposition",
      `attachment; filename="trade-kg-${snapshot}.${FILE_EXTENSIONS[format]}"`,
    );
    const held = pending;
    pending = [];
    for (const chunk of held) await body.write(chunk);
  };
  const write = async (chunk: string | Uint8Array) => {
    if (started) return body.write(chunk);
    pending.push(chunk);
    pendingSize += chunk.length;
    if (pendingSize >= 64 * 1024) await begin();
  };
  const target: ExportTarget = ZIPPED_FORMATS.includes(format)
    ? { kind: "zip", sink: { write } }
    : { kind: "stream", sink: { write } };
  try {
    await exportSubgraph(db, selection, format, target, {
      onStart: (info) => {
        snapshot = info.snapshot;
      },
    });
    if (!started) await begin();
    res.end();
  } catch (error) {
    if (!started) {
      failBeforeStart(res, error, log);
      return;
    }
    log({
      level: "error",
      message: (error as Error).message,
      route: "/export",
      note: "connection cut mid-export",
    });
    res.destroy(error as Error);
  }
}

function failBeforeStart(res: ServerResponse, error: unknown, log: Log): void {
  if (isTradeKgError(error)) {
    const status =
      error.code === "NOT_FOUND" ? 404 : error.code === "DATABASE_UNAVAILABLE" ? 503 : 400;
    sendError(res, status, error.code, error.message);
    return;
  }
  log({
    level: "error",
    message: (error as Error).message,
    stack: (error as Error).stack,
    route: "/export",
  });
  sendError(
    res,
    500,
    "INTERNAL_SERVER_ERROR",
    "Internal server error; the server log has the details.",
  );
}
