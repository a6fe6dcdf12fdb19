/**
 * The words of entity shapes, loaded once from `data/entity-shapes.json`.
 *
 * Why a data file: the head nouns of titles, the connectors of title-case names, the verbs of
 * acting on a measure are closed classes; each lives once, as a list, and the rules build
 * their patterns from it.
 */
import shapeData from "../../../data/entity-shapes.json" with { type: "json" };

/** `(?:a|b|c)` of literal words, longest first (so "Co., Ltd." wins over "Co"). */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeWords).join("|")})`;
}

function escapeWords(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function stringList(v: unknown, path: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string" && x.length > 0))
    throw new Error(`entity-shapes.${path}: expected a list of non-empty strings`);
  return v;
}

type Data = typeof shapeData;

/** The file checked: every list a list of strings (a typo fails at load, naming the list). */
function checked(d: Data): Data {
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (!v.every((x) => typeof x === "object")) stringList(v, path);
      else for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
    } else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(d, "");
  return d;
}

export const SHAPES: Data = checked(shapeData);
