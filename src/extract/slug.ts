/**
 * Canonical id pieces: slugs and stable hashes.
 *
 * Why: the same thing must get the same id in every document (contract rule), and fact ids
 * must not change when only the evidence does, so ids are derived from content, never from
 * positions or counters.
 */
import { hash } from "node:crypto";

/** Lower case ASCII words joined by "-", a leading "the" dropped, "&" read as "and". */
export function slugify(name: string): string {
  // NFKD and the accents it splits off only matter beyond ASCII; an ASCII name (nearly every
  // name) is read in one pass, exactly as the replacements below read it
  if (!NON_ASCII.test(name)) return asciiSlug(name);
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/&/g, " and ")
      .replace(/[\u2018\u2019'"\u201c\u201d]/g, "")
      .toLowerCase()
      .replace(/^the\s+/, "")
      // every run of other characters ("+" among them) is one "-"
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}

/**
 * `slugify` of an ASCII name: quotes dropped, "&" a word break, letters lowered, a leading
 * "the" and the white space after it dropped, each run of other characters one "-" between
 * words (none at either end).
 */
function asciiSlug(name: string): string {
  let from = 0;
  // "the" then white space, the name's first characters once quotes are dropped ("&" becomes
  // " and ", which is white space first)
  while (from < name.length && isQuote(name.charCodeAt(from))) from++;
  const article = leadingArticleEnd(name, from);
  let out = "";
  let pendingDash = false;
  for (let i = article; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isQuote(c)) continue;
    if (c === 38) {
      // "&" is " and ": a word of its own
      out += out === "" ? "and" : "-and";
      pendingDash = true;
      continue;
    }
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (pendingDash && out !== "") out += "-";
      pendingDash = false;
      out += String.fromCharCode(lower);
    } else pendingDash = true;
  }
  return out;
}

/** Where the name's text starts after a leading "the" and its white space (quotes skipped). */
function leadingArticleEnd(name: string, from: number): number {
  let i = from;
  for (const letter of [116, 104, 101]) {
    while (i < name.length && isQuote(name.charCodeAt(i))) i++;
    const c = name.charCodeAt(i);
    if (c !== letter && c !== letter - 32) return from;
    i++;
  }
  let end = i;
  let spaced = false;
  for (;;) {
    while (end < name.length && isQuote(name.charCodeAt(end))) end++;
    const c = name.charCodeAt(end);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 38;
    if (!space) break;
    spaced = true;
    // "&" reads as " and ": its white space counts, its word does not go
    if (c === 38) return end;
    end++;
  }
  return spaced ? end : from;
}

function isQuote(c: number): boolean {
  return c === 39 || c === 34;
}

const NON_ASCII = /[\u0080-\uffff]/;

export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** A stable id: prefix + the first 16 hex digits of the sha256 of the canonical JSON. */
export function stableId(prefix: string, fields: unknown): string {
  return `${prefix}${sha256Hex(JSON.stringify(fields)).slice(0, 16)}`;
}
