/**
 * GET /export?format=json|graphml|cypher&center=…&hops=…&types=…&edges=…&from=…&to=…&flow=…
 * &view=facts|entities&document=… streams a subgraph export straight from the database cursor
 * into the response, so memory stays flat however large the subgraph grows (bench/ measures
 * it). A bad selection answers 400, an unknown entity or document 404, both as JSON before
 * any byte of the export; a failure mid-stream can only cut the connection, which the client
 * sees as a truncated body. The csv bundle is several files and is exported by the CLI.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isTradeKgError } from "../../core/errors.js";
import { CONTENT_TYPES, exportSubgraph } from "../../export/export-subgraph.js";
import { parseFormat, parseSelection } from "../../export/selection.js";
import { streamTextSink } from "../../export/text-sink.js";
import type { Database } from "../../graph/database.js";
import { clientMessage } from "../client-message.js";

const EXTENSIONS = { json: "json", graphml: "graphml", cypher: "cypher" } as const;

export async function handleExportRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  db: Database,
  log: (entry: Record<string, unknown>) => void,
): Promise<void> {
  if (req.method !== "GET") {
    sendError(res, 405, "METHOD_NOT_ALLOWED", "use GET /export?format=json|graphml|cypher&…");
    return;
  }
  const query = url.searchParams;
  let format: ReturnType<typeof parseFormat>;
  let selection: ReturnType<typeof parseSelection>;
  try {
    format = parseFormat(query.get("format") ?? "json");
    if (format === "csv") {
      sendError(
        res,
        400,
        "BAD_USER_INPUT",
        "format: the csv bundle is several files; export it with `trade-kg export --format csv --out FOLDER`",
      );
      return;
    }
    selection = parseSelection({
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
    });
  } catch (error) {
    if (isTradeKgError(error)) {
      sendError(res, 400, error.code, error.message);
      return;
    }
    throw error;
  }

  // The first 64 KiB wait in memory before the status line goes out, so that what the first
  // queries find (an unknown centre: NOT_FOUND) can still become a clean 404 instead of a
  // 200 with a cut body. Past that, chunks flow as the cursor yields them.
  const body = streamTextSink(res);
  let pending: string[] = [];
  let pendingSize = 0;
  let started = false;
  const begin = async () => {
    started = true;
    res.statusCode = 200;
    res.setHeader("content-type", CONTENT_TYPES[format as keyof typeof CONTENT_TYPES]);
    res.setHeader(
      "content-disposition",
      `attachment; filename="trade-kg.${EXTENSIONS[format as keyof typeof EXTENSIONS]}"`,
    );
    const held = pending.join("");
    pending = [];
    if (held) await body.write(held);
  };
  try {
    await exportSubgraph(db, selection, format, {
      kind: "stream",
      sink: {
        async write(chunk: string) {
          if (started) return body.write(chunk);
          pending.push(chunk);
          pendingSize += chunk.length;
          if (pendingSize >= 64 * 1024) await begin();
        },
      },
    });
    if (!started) await begin();
    res.end();
  } catch (error) {
    if (!started) {
      if (isTradeKgError(error)) {
        const status =
          error.code === "NOT_FOUND" ? 404 : error.code === "DATABASE_UNAVAILABLE" ? 503 : 400;
        sendError(res, status, error.code, error.message);
      } else {
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

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(
    JSON.stringify({ errors: [{ message: clientMessage(code, message), extensions: { code } }] }),
  );
}
