/**
 * The in-browser GraphQL IDE: a browser's GET /graphql (Accept: text/html, no query) gets a
 * page that loads GraphiQL from /ide/, bundled at install time (scripts/build-ide.mjs), so it
 * works with no internet. The page's Content-Security-Policy allows this server only, which
 * both protects it and proves that nothing is fetched from elsewhere; it also forbids framing
 * (frame-ancestors 'none', and X-Frame-Options for browsers that predate it), so no other
 * site can overlay the IDE and click through its buttons for the user.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { projectPath } from "../../config/project-root.js";

const IDE_DIR = pathToFileURL(`${projectPath("dist/ide")}/`);
const ASSETS: Record<string, string> = {
  "/ide/graphiql-app.js": "text/javascript; charset=utf-8",
  "/ide/graphiql-app.css": "text/css; charset=utf-8",
};
const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trade-kg · GraphiQL</title>
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

export function serveIdePage(res: ServerResponse): void {
  if (!existsSync(new URL("graphiql-app.js", IDE_DIR))) {
    res.statusCode = 503;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(
      "The GraphiQL bundle is missing: run `node scripts/build-ide.mjs` (npm install does it).\n",
    );
    return;
  }
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", CSP);
  res.setHeader("x-frame-options", "DENY");
  res.end(PAGE);
}

/** Serves /ide/ assets; false when the path is not one of them. */
export function serveIdeAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const type = ASSETS[url.pathname];
  if (!type || req.method !== "GET") return false;
  const file = new URL(url.pathname.slice("/ide/".length), IDE_DIR);
  if (!existsSync(file)) return false;
  res.statusCode = 200;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "public, max-age=3600");
  res.end(readFileSync(file));
  return true;
}
