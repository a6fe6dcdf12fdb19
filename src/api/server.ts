/**
 * The HTTP server: Apollo Server on Node's own http module, and the routes beside /graphql.
 * Every request meets the Host allow-list and the CORS guard first, then the routes in the
 * order of ROUTES below; the first that answers ends it. Owning the request loop (rather than
 * Apollo's standalone helper) lets trade-kg serve the explorer, the IDE and exports from the
 * same port and answer every refusal with a code from the one catalogue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Config } from "../config/config.js";
import { TradeKgError } from "../core/errors.js";
import type { Database } from "../graph/database.js";
import type { ApiContext } from "./context.js";
import { corsGuard } from "./cors.js";
import { type ErrorLogger, errorMaskingPlugin, formatError } from "./errors.js";
import { hostCheck } from "./host-check.js";
import { sendError, sendJson } from "./http-reply.js";
import { createServerLogger } from "./log.js";
import { queryLimits } from "./plugins/limits.js";
import { snapshotPlugin } from "./plugins/snapshot.js";
import { statementCountPlugin } from "./plugins/statement-count.js";
import { serveExplorerAsset, serveExplorerPage, wantsExplorer } from "./routes/explorer.js";
import { handleExportRequest } from "./routes/export.js";
import { graphqlRoute } from "./routes/graphql.js";
import { serveIdeAsset, serveIdePage, wantsIde } from "./routes/ide.js";
import { buildApiSchema } from "./schema.js";

export { MAX_BODY_BYTES } from "./routes/graphql.js";

export interface RunningApi {
  url: string;
  graphqlUrl: string;
  server: Server;
  close(): Promise<void>;
}

/** A route answers the request and returns true, or leaves it untouched and returns false. */
type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export async function startApi(
  db: Database,
  config: Readonly<Config>,
  options: { log?: ErrorLogger; port?: number; host?: string } = {},
): Promise<RunningApi> {
  const log: ErrorLogger = options.log ?? createServerLogger(config.server);
  const apollo = await startApollo(config, log);
  const host = options.host ?? config.server.host;
  const guards = [
    hostCheck({ host, allowedHosts: config.server.allowedHosts }),
    corsGuard(config.server.corsOrigins),
  ];
  const routes = routesOf(apollo, db, config, log);
  const server = createServer((req, res) => {
    answer(req, res, guards, routes).catch((error) => {
      log({ level: "error", message: (error as Error).message, stack: (error as Error).stack });
      if (res.headersSent) res.end();
      else sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
    });
  });
  return listen(server, apollo, options.port ?? config.server.port, host);
}

async function startApollo(
  config: Readonly<Config>,
  log: ErrorLogger,
): Promise<ApolloServer<ApiContext>> {
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
  return apollo;
}

/** The routes in the order they are tried: pages before the JSON at /, GraphQL last. */
function routesOf(
  apollo: ApolloServer<ApiContext>,
  db: Database,
  config: Readonly<Config>,
  log: ErrorLogger,
): Route[] {
  const exports = (req: IncomingMessage, res: ServerResponse, url: URL) =>
    handleExportRequest(req, res, url, db, log);
  const serverInfo = (_req: IncomingMessage, res: ServerResponse) =>
    sendJson(res, 200, { name: "trade-kg", graphql: "/graphql" });
  return [
    when(wantsExplorer, (_req, res) => serveExplorerPage(res)),
    serveExplorerAsset,
    when(pathIs("/"), serverInfo),
    when(wantsIde, (_req, res) => serveIdePage(res)),
    serveIdeAsset,
    when(pathIs("/export"), exports),
    when(pathIs("/graphql"), graphqlRoute(apollo, db, config)),
  ];
}

/** A route for the requests that `matches` picks, answered by `serve`. */
function when(
  matches: (req: IncomingMessage, url: URL) => boolean,
  serve: (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>,
): Route {
  return async (req, res, url) => {
    if (!matches(req, url)) return false;
    await serve(req, res, url);
    return true;
  };
}

function pathIs(path: string) {
  return (_req: IncomingMessage, url: URL) => url.pathname === path;
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  guards: Array<(req: IncomingMessage, res: ServerResponse) => boolean>,
  routes: Route[],
): Promise<void> {
  if (guards.some((refused) => refused(req, res))) return;
  const url = new URL(req.url ?? "/", "http://localhost");
  for (const route of routes) if (await route(req, res, url)) return;
  sendError(res, 404, "NO_ROUTE", `no route ${url.pathname}; GraphQL is at /graphql`);
}

async function listen(
  server: Server,
  apollo: ApolloServer<ApiContext>,
  port: number,
  host: string,
): Promise<RunningApi> {
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
