/**
 * POST and GET /graphql: the request handed to Apollo Server. Owning this step (rather than
 * Apollo's standalone helper) lets trade-kg bound the body, answer malformed JSON with a 400
 * BAD_REQUEST instead of a 500, and give every request its own context (loaders, one read
 * transaction, the statement counter) and a request id header.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { Config } from "../../config/config.js";
import type { Database } from "../../graph/database.js";
import { type ApiContext, createContext } from "../context.js";
import { readBody, sendError } from "../http-reply.js";

export const MAX_BODY_BYTES = 1_000_000;

/** Why a body was not accepted, or the parsed body. */
type ReadBody = { ok: true; body: unknown } | { ok: false };

export function graphqlRoute(apollo: ApolloServer<ApiContext>, db: Database, config: Config) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = headerMapOf(req);
    const read = req.method === "POST" ? await readGraphqlBody(req, res, headers) : undefined;
    if (read && !read.ok) return;
    const context = createContext(db, config, headers);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: url.search,
        body: read?.body,
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
  };
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** The body as Apollo expects it: parsed JSON for a JSON content type, text otherwise. */
async function readGraphqlBody(
  req: IncomingMessage,
  res: ServerResponse,
  headers: HeaderMap,
): Promise<ReadBody> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === null) {
    sendError(res, 413, "PAYLOAD_TOO_LARGE", `request body larger than ${MAX_BODY_BYTES} bytes`);
    return { ok: false };
  }
  if (!(headers.get("content-type") ?? "").includes("application/json")) {
    return { ok: true, body: raw.toString("utf8") };
  }
  try {
    return { ok: true, body: raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8")) };
  } catch (error) {
    sendError(
      res,
      400,
      "BAD_REQUEST",
      `request body is not valid JSON: ${(error as Error).message}`,
    );
    return { ok: false };
  }
}
