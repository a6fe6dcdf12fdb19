/**
 * A page whose script and styles were bundled at install time into dist/<folder>/ by
 * scripts/build-ide.mjs (the explorer, GraphiQL): its HTML shell and its assets. One module,
 * so both pages get the same security headers (their own Content-Security-Policy, no framing,
 * no sniffing, no referrer) and a missing bundle the same 503 naming the command that builds it.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { projectPath } from "../../config/project-root.js";

export interface BundledPageSpec {
  /** The page's name in the message for a missing bundle. */
  name: string;
  /** dist/<folder>/ holds the bundle, served under /<folder>/. */
  folder: string;
  /** The script whose absence means the bundle was never built. */
  entry: string;
  /** Asset file name → content type; nothing else under /<folder>/ is served. */
  assets: Record<string, string>;
  html: string;
  csp: string;
  /** Cache-Control of the assets. */
  cacheControl: string;
}

export interface BundledPage {
  servePage(res: ServerResponse): void;
  /** Serves one of the page's assets; false when the path is not one of them. */
  serveAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
}

export function bundledPage(spec: BundledPageSpec): BundledPage {
  // From the project root: this module also runs compiled, from dist/src/api/routes/.
  const dir = pathToFileURL(`${projectPath(`dist/${spec.folder}`)}/`);
  const prefix = `/${spec.folder}/`;
  return {
    servePage(res) {
      if (!existsSync(new URL(spec.entry, dir))) {
        res.statusCode = 503;
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.end(
          `The ${spec.name} bundle is missing: run \`node scripts/build-ide.mjs\` (npm install does it).\n`,
        );
        return;
      }
      res.statusCode = 200;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-security-policy", spec.csp);
      res.setHeader("x-frame-options", "DENY");
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("referrer-policy", "no-referrer");
      res.end(spec.html);
    },
    serveAsset(req, res, url) {
      if (req.method !== "GET" || !url.pathname.startsWith(prefix)) return false;
      const name = url.pathname.slice(prefix.length);
      const type = Object.hasOwn(spec.assets, name) ? spec.assets[name] : undefined;
      const file = new URL(name, dir);
      if (type === undefined || !existsSync(file)) return false;
      res.statusCode = 200;
      res.setHeader("content-type", type);
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("cache-control", spec.cacheControl);
      res.end(readFileSync(file));
      return true;
    },
  };
}
