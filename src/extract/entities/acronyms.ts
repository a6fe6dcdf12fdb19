/**
 * Acronyms defined in brackets after a name ("... Express (PPCR)") name that entity wherever
 * they appear in the document, the headline before the definition included.
 *
 * Why: documents define their own short forms; no list can hold them all.
 */
import type { Range } from "../sentences.js";
import { mentionsWithin } from "./mention-index.js";
import type { EntityInfo, Mention } from "./types.js";

/** "(PPCR)", "(SELS )": a short form in brackets right after a name */
const ACRONYM = /^ ?\( ?([A-Z][A-Za-z0-9&.-]{1,11}) ?\)/;

/** A bracket opens at i or after one space there (what `ACRONYM` starts with): most names have none. */
function bracketAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 40 || (c === 32 && text.charCodeAt(i + 1) === 40);
}

/** Acronym → entity, for every name followed by one in brackets. */
function definitions(text: string, mentions: readonly Mention[]): Map<string, EntityInfo> {
  const defined = new Map<string, EntityInfo>();
  for (const m of mentions) {
    if (m.nested || !bracketAt(text, m.end)) continue;
    const a = ACRONYM.exec(text.slice(m.end, m.end + 16));
    if (!a || !/[A-Z]{2}/.test(a[1]) || defined.has(a[1])) continue;
    // "Department of X of the Ministry of Y (MOY)": the short form is the body named last
    defined.set(a[1], (lastNestedIn(mentions, m) ?? m).entity);
  }
  return defined;
}

/** The nested mention that ends `m` (no closure over the loop's mention: a scope object each). */
function lastNestedIn(mentions: readonly Mention[], m: Mention): Mention | undefined {
  for (const x of mentions) if (x.nested && x.end === m.end && x.start > m.start) return x;
  return undefined;
}

/** The mentions with every later use of a defined acronym added. */
export function addAcronyms(text: string, lines: Range[], mentions: Mention[]): Mention[] {
  const defined = definitions(text, mentions);
  if (defined.size === 0) return mentions;
  const out = [...mentions];
  const keys = [...defined.keys()].map((k) => k.replace(/[.&]/g, "\\$&"));
  const re = new RegExp(`\\b(${keys.join("|")})\\b`, "g");
  for (const line of lines) {
    const chunk = text.slice(line.start, line.end);
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      if (overlapsAny(mentions, start, end)) continue;
      const entity = defined.get(m[0]) as EntityInfo;
      out.push({ start, end, surface: m[0], entity, nested: false, source: "acronym" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function overlapsAny(sorted: Mention[], start: number, end: number): boolean {
  // a mention overlapping [start, end) starts before end; the longest names are short, so look back a little
  return mentionsWithin(sorted, { start: Math.max(0, start - 200), end }, true).some(
    (x) => x.start < end && start < x.end,
  );
}
