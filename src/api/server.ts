/**
 * The HTTP server: Apollo Server on Node's own http module. Owning the request loop (rather
 * than Apollo's standalone helper) lets trade-kg bound the body size, answer malformed JSON
 * with a 400 instead of a 500, and add its own routes beside /graphql.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Config } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";
import type { Database } from "../graph/database.js";
import { type ApiContext, createContext } from "./context.js";
import { corsGuard } from "./cors.js";
import { type ErrorLogger, errorMaskingPlugin, formatError } from "./errors.js";
import { hostCheck } from "./host-check.js";
import { createServerLogger } from "./log.js";
import { queryLimits } from "./plugins/limits.js";
import { snapshotPlugin } from "./plugins/snapshot.js";
import { statementCountPlugin } from "./plugins/statement-count.js";
import { serveExplorerAsset, serveExplorerPage, wantsExplorer } from "./routes/explorer.js";
import { handleExportRequest } from "./routes/export.js";
import { serveIdeAsset, serveIdePage, wantsIde } from "./routes/ide.js";
import { buildApiSchema } from "./schema.js";

export const MAX_BODY_BYTES = 1_000_000;

export interface RunningApi {
  url: string;
  graphqlUrl: string;
  server: Server;
  close(): Promise<void>;
}

export async function startApi(
  db: Database,
  config: Readonly<Config>,
  options: { log?: ErrorLogger; port?: number; host?: string } = {},
): Promise<RunningApi> {
  const log: ErrorLogger = options.log ?? createServerLogger(config.server);
  const limits = queryLimits(config.server);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: !config.server.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.server.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      statementCountPlugin(),
      snapshotPlugin(),
      errorMaskingPlugin(log),
      ...(limits.plugins as ApolloServerPlugin<ApiContext>[]),
    ],
    formatError,
  });
  await apollo.start();
  const refusedHost = hostCheck({
    host: options.host ?? config.server.host,
    allowedHosts: config.server.allowedHosts,
  });
  const answeredCors = corsGuard(config.server.corsOrigins);

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log({ level: "error", message: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } },
          ],
        });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (refusedHost(req, res)) return;
    if (answeredCors(req, res)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (wantsExplorer(req, url)) {
      serveExplorerPage(res);
      return;
    }
    if (serveExplorerAsset(req, res, url)) return;
    if (url.pathname === "/") {
      sendJson(res, 200, { name: "trade-kg", graphql: "/graphql" });
      return;
    }
    if (wantsIde(req, url)) {
      serveIdePage(res);
      return;
    }
    if (serveIdeAsset(req, res, url)) return;
    if (url.pathname === "/export") {
      await handleExportRequest(req, res, url, db, log);
      return;
    }
    if (url.pathname !== "/graphql") {
      sendJson(res, 404, {
        errors: [
          {
            message: `no route ${url.pathname}; GraphQL is at /graphql`,
            extensions: { code: "NOT_FOUND" },
          },
        ],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req, MAX_BODY_BYTES);
      if (raw === null) {
        sendJson(res, 413, {
          errors: [
            {
              message: `request body larger than ${MAX_BODY_BYTES} bytes`,
              extensions: { code: "PAYLOAD_TOO_LARGE" },
            },
          ],
        });
        return;
      }
      if ((headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
        } catch (error) {
          sendJson(res, 400, {
            errors: [
              {
                message: `request body is not valid JSON: ${(error as Error).message}`,
                extensions: { code: "BAD_REQUEST" },
              },
            ],
          });
          return;
        }
      } else {
        body = raw.toString("utf8");
      }
    }
    const context = createContext(db, config, headers);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: url.search,
        body,
      },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader("x-request-id", context.requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const port = options.port ?? config.server.port;
  const host = options.host ?? config.server.host;
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      void apollo.stop();
      reject(
        error.code === "EADDRINUSE"
          ? new TradeKgError(
              "SERVER_PORT_IN_USE",
              `port ${port} on ${host} is already in use; stop what uses it or set PORT to a free port`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.address.includes(":") ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    server,
    async close() {
      const closed = new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      // Keep-alive connections would hold close() open until they time out.
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}

/** The body, or null when it exceeds the limit (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
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

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(payload));
}
