/**
 * The in-browser GraphQL IDE: a browser's GET /graphql (Accept: text/html, no query) gets a
 * page that loads GraphiQL from /ide/, bundled at install time (scripts/build-ide.mjs), so it
 * works with no internet. The page's Content-Security-Policy allows this server only, which
 * both protects it and proves that nothing is fetched from elsewhere; it also forbids framing
 * (frame-ancestors 'none', and X-Frame-Options for browsers that predate it), so no other
 * site can overlay the IDE and click through its buttons for the user.
 */
import type { IncomingMessage } from "node:http";
import { bundledPage } from "./bundled-page.js";

const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trade-kg · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ide/graphiql-app.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="module" src="/ide/graphiql-app.js"></script>
</body>
</html>
`;

/** True when a browser asks for a page rather than a GraphQL result. */
export function wantsIde(req: IncomingMessage, url: URL): boolean {
  return (
    req.method === "GET" &&
    url.pathname === "/graphql" &&
    !url.searchParams.has("query") &&
    (req.headers.accept ?? "").includes("text/html")
  );
}

const IDE = bundledPage({
  name: "GraphiQL",
  folder: "ide",
  entry: "graphiql-app.js",
  assets: {
    "graphiql-app.js": "text/javascript; charset=utf-8",
    "graphiql-app.css": "text/css; charset=utf-8",
  },
  html: PAGE,
  csp: CSP,
  cacheControl: "public, max-age=3600",
});

export const serveIdePage = IDE.servePage;
export const serveIdeAsset = IDE.serveAsset;
