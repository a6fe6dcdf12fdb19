/**
 * The explorer: a browser's GET / (Accept: text/html) gets the page that lets people search
 * the graph and read entities, series, neighbourhoods and documents. Its script and styles
 * come from dist/explorer/, bundled at install time (scripts/build-ide.mjs), and it talks to
 * this server's public /graphql and /export only, so it works with no internet. The
 * Content-Security-Policy allows this server alone, for scripts, styles, images and
 * connections, and forbids framing. Clients that do not ask for HTML keep getting the small
 * JSON description of the server at /.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { projectPath } from "../../config/project-root.js";

// From the project root: this module also runs compiled, from dist/src/api/routes/.
const EXPLORER_DIR = pathToFileURL(`${projectPath("dist/explorer")}/`);
const ASSETS: Record<string, string> = {
  "/explorer/explorer.js": "text/javascript; charset=utf-8",
  "/explorer/explorer.css": "text/css; charset=utf-8",
};
export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trade-kg explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
<div id="explorer"><p>Loading the explorer…</p></div>
<noscript>The explorer needs JavaScript; GraphQL is at /graphql.</noscript>
<script type="module" src="/explorer/explorer.js"></script>
</body>
</html>
`;

/** True when a browser asks for the explorer page at / (any query string: views are links). */
export function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  return (
    req.method === "GET" && url.pathname === "/" && (req.headers.accept ?? "").includes("text/html")
  );
}

export function serveExplorerPage(res: ServerResponse): void {
  if (!existsSync(new URL("explorer.js", EXPLORER_DIR))) {
    res.statusCode = 503;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(
      "The explorer bundle is missing: run `node scripts/build-ide.mjs` (npm install does it).\n",
    );
    return;
  }
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", EXPLORER_CSP);
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.end(PAGE);
}

/** Serves /explorer/ assets; false when the path is not one of them. */
export function serveExplorerAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const type = ASSETS[url.pathname];
  if (!type || req.method !== "GET") return false;
  const file = new URL(url.pathname.slice("/explorer/".length), EXPLORER_DIR);
  if (!existsSync(file)) return false;
  res.statusCode = 200;
  res.setHeader("content-type", type);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("cache-control", "no-cache");
  res.end(readFileSync(file));
  return true;
}
