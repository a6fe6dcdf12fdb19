/**
 * The replies that every route shares. An error leaves the server in GraphQL's shape
 * (`{ errors: [{ message, extensions: { code } }] }`) with a code from the one catalogue
 * (src/core/errors.ts) and its message passed through `clientMessage`, so a client reads a
 * refused body, a wrong Host or an unknown path exactly as it reads a GraphQL error.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorCode } from "../core/errors.js";
import { clientMessage } from "./client-message.js";

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(JSON.stringify(payload));
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  sendJson(res, status, {
    errors: [{ message: clientMessage(code, message), extensions: { code } }],
  });
}

/**
 * A refusal sent before the request's body was read: the connection is closed after it, since
 * an unread body is not worth keeping the connection for.
 */
export function refuseUnread(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  res.setHeader("connection", "close");
  sendError(res, status, code, message);
}

/** The body, or null when it exceeds the limit (the rest is not read). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolvePromise(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () => resolvePromise(tooLarge ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
