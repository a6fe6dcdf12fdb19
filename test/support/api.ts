/** Starts the real API on a free port over a given database, and posts GraphQL to it. */

import { type RunningApi, startApi } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import type { Database } from "../../src/graph/database.js";

export async function startTestApi(
  db: Database,
  env: Record<string, string> = {},
): Promise<RunningApi & { logged: Record<string, unknown>[] }> {
  const logged: Record<string, unknown>[] = [];
  const config = loadConfig({ PORT: "0", ...env });
  const api = await startApi(db, config, {
    log: (entry) => logged.push(entry),
    port: Number(env.PORT ?? 0),
    host: "127.0.0.1",
  });
  return Object.assign(api, { logged });
}

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] };
}

/** Posts a query that must succeed; returns its data (the errors, if any, fail the test). */
export async function queryData<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const { status, body } = await postGraphQL(url, query, variables, headers);
  if (status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data as T;
}

/** Posts a query with the debug header; returns data, errors and the statements it ran. */
export async function queryCounted(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  data: Record<string, unknown> | null | undefined;
  errors: unknown;
  statements: number;
}> {
  const { body } = await postGraphQL(url, query, variables, { "x-trade-kg-debug": "1" });
  return { data: body.data, errors: body.errors, statements: Number(body.extensions?.statements) };
}

/** Response data in tests: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: the assertions are the type check here.
export type Data = any;
