/**
 * The first, fast refusal of analysts' Cypher, before Neo4j sees it: keywords and calls that
 * read-only access never needs, found among the real tokens (src/graph/cypher-tokens.ts), so
 * that a keyword inside a string, a comment or a backticked name is not one, and a keyword
 * hidden behind a comment or Cypher-only whitespace still is. The plan check
 * (analyst-plan-check.ts) is what decides; this one only answers early and names the reason.
 */
import { ALLOWED_FUNCTION_NAMESPACES, ALLOWED_PROCEDURES } from "./analyst-allow-lists.js";
import { type CypherToken, significantTokens } from "./cypher-tokens.js";

/** Keywords refused wherever they stand as a bare word, with the reason. */
const REFUSED_WORDS = new Map(
  Object.entries({
    SHOW: "SHOW commands reveal settings, procedures and other users' transactions",
    TERMINATE: "TERMINATE TRANSACTIONS stops other users' work",
    USE: "USE switches to another database",
    EXPLAIN: "EXPLAIN and PROFILE: send the statement alone, trade-kg plans it itself",
    PROFILE: "EXPLAIN and PROFILE: send the statement alone, trade-kg plans it itself",
    GRANT: "administration commands",
    REVOKE: "administration commands",
    DENY: "administration commands",
    // Only CALL { } IN TRANSACTIONS and SHOW/TERMINATE use the word; all are refused.
    TRANSACTIONS: "CALL { } IN TRANSACTIONS commits in pieces",
    TRANSACTION: "CALL { } IN TRANSACTIONS commits in pieces",
  }),
);

const ADMIN_VERBS = new Set(["CREATE", "DROP", "ALTER", "START", "STOP", "RENAME"]);
const ADMIN_OBJECTS = new Set([
  ...["DATABASE", "DATABASES", "COMPOSITE", "USER", "USERS", "ROLE", "ROLES", "ALIAS"],
  ...["SERVER", "INDEX", "CONSTRAINT", "TEXT", "RANGE", "POINT", "LOOKUP", "FULLTEXT"],
  ...["VECTOR", "BTREE"],
]);

/** Symbols after which a word is a name (property, label, type, parameter), not a keyword. */
const NAME_BEFORE = new Set([".", ":", "$"]);

function isSymbol(token: CypherToken | undefined, text: string): boolean {
  return token?.kind === "symbol" && token.text === text;
}

/**
 * A token that is a keyword: a bare word that is neither a name after ".", ":" or "$" nor a
 * map key (a word followed by ":"); no keyword this check refuses stands in either place.
 */
function keyword(tokens: CypherToken[], index: number): string | null {
  const token = tokens[index];
  if (token?.kind !== "word") return null;
  const before = tokens[index - 1];
  if (before?.kind === "symbol" && NAME_BEFORE.has(before.text)) return null;
  if (isSymbol(tokens[index + 1], ":")) return null;
  return token.text.toUpperCase();
}

/** Whether a (dotted) name starts at `index`: a word or backticked name not after a ".". */
function startsName(tokens: CypherToken[], index: number): boolean {
  const token = tokens[index];
  if (token.kind !== "word" && token.kind !== "name") return false;
  const before = tokens[index - 1];
  return !(before?.kind === "symbol" && NAME_BEFORE.has(before.text));
}

/** A dotted name starting at `index` (words or backticked names), and where it ends. */
function qualifiedName(tokens: CypherToken[], index: number): { name: string; end: number } {
  const parts: string[] = [];
  let i = index;
  while (tokens[i]?.kind === "word" || tokens[i]?.kind === "name") {
    parts.push(tokens[i].text);
    if (!isSymbol(tokens[i + 1], ".")) {
      i += 1;
      break;
    }
    i += 2;
  }
  return { name: parts.join("."), end: i };
}

function procedureRefusal(tokens: CypherToken[], index: number): string | null {
  const next = tokens[index + 1];
  if (!next || (next.kind !== "word" && next.kind !== "name")) return null; // CALL { } or CALL (x) { }
  const { name } = qualifiedName(tokens, index + 1);
  if ((ALLOWED_PROCEDURES as readonly string[]).includes(name)) return null;
  return `procedure ${name} is not on the allow-list (${ALLOWED_PROCEDURES.join(", ")})`;
}

/** A namespaced function call (ns.fn(…)) outside the built-in namespaces. */
function functionRefusal(tokens: CypherToken[], index: number): string | null {
  const { name, end } = qualifiedName(tokens, index);
  const open = tokens[end];
  if (!name.includes(".") || !isSymbol(open, "(")) return null;
  const namespace = name.slice(0, name.lastIndexOf("."));
  if ((ALLOWED_FUNCTION_NAMESPACES as readonly string[]).includes(namespace)) return null;
  return `function ${name} is outside the built-in namespaces (${ALLOWED_FUNCTION_NAMESPACES.join(", ")})`;
}

function phraseRefusal(tokens: CypherToken[], index: number, word: string): string | null {
  const next = keyword(tokens, index + 1);
  if (word === "LOAD" && next === "CSV") return "LOAD CSV reads files and URLs";
  if (ADMIN_VERBS.has(word)) {
    const object = next === "OR" ? keyword(tokens, index + 3) : next;
    if (object !== null && ADMIN_OBJECTS.has(object)) return "administration commands";
  }
  return null;
}

function refusalAt(tokens: CypherToken[], index: number): string | null {
  const word = keyword(tokens, index);
  if (word !== null) {
    const refusal = REFUSED_WORDS.get(word) ?? phraseRefusal(tokens, index, word);
    if (refusal) return refusal;
    if (word === "CALL") return procedureRefusal(tokens, index);
  }
  // A procedure's name is CALL's business; any other dotted name before "(" is a function.
  if (keyword(tokens, index - 1) === "CALL" || !startsName(tokens, index)) return null;
  return functionRefusal(tokens, index);
}

/** The first reason this text may not run read-only, or null. */
export function textRefusal(query: string): string | null {
  const tokens = significantTokens(query);
  for (let i = 0; i < tokens.length; i += 1) {
    const refusal = refusalAt(tokens, i);
    if (refusal) return refusal;
  }
  return null;
}
