/**
 * Cross-origin access (CORS_ORIGINS), the second thing every request meets after the Host
 * check. A frontend on another origin (a Vite dev server on :5173, an app on its own domain)
 * may call the API, with credentials, only when its origin is listed; the `cors` package
 * answers its preflights and adds the response headers.
 *
 * It works together with Apollo's CSRF prevention rather than replacing it: a request whose
 * Origin is neither listed nor this server's own is refused here with 403 before its body is
 * read, so even a "simple" cross-site request (a form post, an image GET of /export) does no
 * work; a listed origin still sends `content-type: application/json` or
 * `apollo-require-preflight`, which makes its browser preflight first.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";
import { parseHostHeader } from "./host-check.js";
import { refuseUnread } from "./http-reply.js";

/** Request headers a listed origin may send (what the API reads) and response headers it may read. */
const ALLOWED_HEADERS = [
  "content-type",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "x-api-key",
  "x-request-id",
  "x-trade-kg-debug",
];
const EXPOSED_HEADERS = ["x-request-id"];
/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/** Whether the Origin names this server itself (same host and port as the Host header). */
function isSameOrigin(origin: string, hostHeader: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = hostHeader === undefined ? null : parseHostHeader(hostHeader);
  const own = url.host.toLowerCase();
  return host !== null && own === (host.port === null ? host.name : `${host.name}:${host.port}`);
}

/**
 * A request guard built once from CORS_ORIGINS: returns true when it has answered the
 * request itself (a preflight, or a refused origin), false when the caller goes on.
 */
export function corsGuard(origins: readonly string[]) {
  const allowed = new Set(origins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ["GET", "POST"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  });
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined || isSameOrigin(origin, req.headers.host)) return false;
    if (!allowed.has(origin)) {
      refuse(res);
      return true;
    }
    // Synchronous here (the origin callback is): it ends a preflight itself with 204 and
    // calls next() for every other request, having set the response's CORS headers.
    let wentOn = false;
    let failure: unknown = null;
    middleware(req, res, (error?: unknown) => {
      failure = error ?? null;
      wentOn = true;
    });
    if (failure !== null) throw failure;
    return !wentOn || res.writableEnded;
  };
}

function refuse(res: ServerResponse): void {
  res.setHeader("vary", "Origin");
  refuseUnread(
    res,
    403,
    "ORIGIN_NOT_ALLOWED",
    "Cross-origin request refused: this origin is not in CORS_ORIGINS; ask the server's operator to add it",
  );
}
