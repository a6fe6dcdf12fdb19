/**
 * `--param name=value` texts made into Cypher parameters. A saved query's example says what
 * type each of its parameters takes (`limit: 10` is an integer, `reporter: "country:CHN"` a
 * string), so a value is read as that type and a value that is not one stops the command
 * before the database sees it, naming the parameter and the type. Parameters of an ad hoc
 * query are read as JSON when they parse (numbers, lists, quoted strings), else as strings.
 */
import { expectedGot, TradeKgError } from "../core/errors.js";
import type { SavedQuery } from "../graph/saved-queries.js";

type Kind = "integer" | "number" | "boolean" | "string" | "list" | "map";

const DESCRIBED: Record<Kind, string> = {
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  string: "a string",
  list: "a JSON list such as [1, 2]",
  map: 'a JSON object such as {"a": 1}',
};

function kindOf(example: unknown): Kind | null {
  if (typeof example === "number") return Number.isInteger(example) ? "integer" : "number";
  if (typeof example === "boolean") return "boolean";
  if (typeof example === "string") return "string";
  if (Array.isArray(example)) return "list";
  if (example !== null && typeof example === "object") return "map";
  return null;
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

function asKind(kind: Kind, text: string): { value: unknown } | null {
  if (kind === "string") return { value: text };
  const parsed = parseJson(text.trim());
  if (parsed === null) return null;
  const { value } = parsed;
  const fits =
    kind === "integer"
      ? Number.isSafeInteger(value)
      : kind === "number"
        ? typeof value === "number"
        : kind === "boolean"
          ? typeof value === "boolean"
          : kind === "list"
            ? Array.isArray(value)
            : value !== null && typeof value === "object" && !Array.isArray(value);
  return fits ? parsed : null;
}

export function parseParams(
  texts: Record<string, string>,
  saved: SavedQuery | null,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) {
    const kind = saved ? kindOf(saved.example[name]) : null;
    if (kind === null) {
      const parsed = parseJson(text);
      params[name] = parsed ? parsed.value : text;
      continue;
    }
    const parsed = asKind(kind, text);
    if (parsed === null)
      throw new TradeKgError(
        "BAD_USER_INPUT",
        expectedGot(`--param ${name}`, `${DESCRIBED[kind]} (the saved query's type)`, text),
      );
    params[name] = parsed.value;
  }
  return params;
}
