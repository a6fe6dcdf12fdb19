/**
 * The explorer: a browser's GET / (Accept: text/html) gets the page that lets people search
 * the graph and read entities, series, neighbourhoods and documents. Its script and styles
 * come from dist/explorer/, bundled at install time (scripts/build-ide.mjs), and it talks to
 * this server's public /graphql and /export only, so it works with no internet. The
 * Content-Security-Policy allows this server alone, for scripts, styles, images and
 * connections, and forbids framing. Clients that do not ask for HTML keep getting the small
 * JSON description of the server at /.
 */
import type { IncomingMessage } from "node:http";
import { bundledPage } from "./bundled-page.js";

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

const EXPLORER = bundledPage({
  name: "explorer",
  folder: "explorer",
  entry: "explorer.js",
  assets: {
    "explorer.js": "text/javascript; charset=utf-8",
    "explorer.css": "text/css; charset=utf-8",
  },
  html: PAGE,
  csp: EXPLORER_CSP,
  // The bundle's names do not change when it is rebuilt: the browser asks again each time.
  cacheControl: "no-cache",
});

export const serveExplorerPage = EXPLORER.servePage;
export const serveExplorerAsset = EXPLORER.serveAsset;
