/**
 * The explorer's only way to the data: POST /graphql on the server that served the page,
 * the same public API any frontend uses. A failed request or a GraphQL error becomes one
 * Error whose message says what was expected and what came back, shown to the reader.
 */

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: T | null;
    errors?: GraphQLError[];
  } | null;
  if (!body) throw new Error(`expected a JSON answer from /graphql, got HTTP ${response.status}`);
  if (body.errors?.length) {
    const [first] = body.errors;
    const code = first.extensions?.code ? `${first.extensions.code}: ` : "";
    throw new Error(`${code}${first.message}`);
  }
  if (!body.data) throw new Error(`expected data from /graphql, got HTTP ${response.status}`);
  return body.data;
}
