/**
 * One sentence → typed pieces: entity groups (mentions, lists of mentions, "we"), verb
 * classes, adverbs, words and punctuation, in text order with exact offsets.
 *
 * Why: rules match these pieces, not characters, so a verb's inflections, a name's spelling
 * and a list's commas are settled once, before any rule runs.
 */
import agencyData from "../../../data/agencies.json" with { type: "json" };
import type { EntityInfo, Mention } from "../entities/index.js";
import type { Range } from "../sentences.js";
import { phraseKey, type Token, tokenize } from "../tokens.js";
import { foldLists } from "./lists.js";
import type { Item, Piece } from "./types.js";
import type { Vocabulary } from "./vocabulary.js";

const GACC = "agency:gacc";
/** generic names of the national customs as a sentence's actor ("customs authorities") */
const GENERIC_SUBJECTS = new Set(
  ((agencyData as { subjectAliases?: { gacc?: string[] } }).subjectAliases?.gacc ?? []).map(
    phraseKey,
  ),
);
const MAX_GENERIC = 4;
const GENERIC_FIRSTS = new Set([...GENERIC_SUBJECTS].map((k) => k.split(" ")[0]));

/** Words after a subject that begin its predicate ("customs authorities have …", "customs will …"). */
const AUXILIARIES = new Set(
  "have has had will would shall should can could may must is are was were also further then continued continue continues".split(
    " ",
  ),
);

/**
 * "Customs will act": a generic name is the actor only when its predicate follows; in
 * "customs clearance" or "customs-related" it is a modifier, no name at all.
 */
function actsNext(next: Token | undefined, vocab: Vocabulary): boolean {
  if (!next) return false;
  if (AUXILIARIES.has(next.norm) || vocab.firsts.has(next.norm)) return true;
  return /^[a-z]{3,}ly$/.test(next.norm);
}

function itemOf(m: Mention): Item {
  return {
    id: m.entity.id,
    type: m.entity.type,
    kind: m.entity.kind,
    info: m.entity,
    start: m.start,
    end: m.end,
    pronoun: false,
  };
}

function pronoun(id: string, start: number, end: number): Item {
  const info: EntityInfo = { id, type: "Agency", name: id, kind: null, codes: {} };
  return { id, type: "Agency", kind: null, info, start, end, pronoun: true };
}

function keyOf(toks: Token[], i: number, n: number): string {
  let k = toks[i].norm;
  for (let j = 1; j < n; j++) k += ` ${toks[i + j].norm}`;
  return k;
}

/** The longest phrase of `table` starting at token i, as [length, value]. */
function longest<T>(
  toks: Token[],
  i: number,
  max: number,
  table: { get(k: string): T | undefined },
): [number, T] | null {
  for (let n = Math.min(max, toks.length - i); n >= 1; n--) {
    const v = table.get(keyOf(toks, i, n));
    if (v !== undefined) return [n, v];
  }
  return null;
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** A letter or digit first: ASCII by its code, anything else by the Unicode classes. */
function startsWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(norm);
}

export function buildPieces(
  text: string,
  range: Range,
  topMentions: Mention[],
  vocab: Vocabulary,
  speakerAgency: string | undefined,
): Piece[] {
  const toks = tokenize(text, range.start, range.end);
  const out: Piece[] = [];
  let mi = 0;
  const generic = { get: (k: string) => (GENERIC_SUBJECTS.has(k) ? GACC : undefined) };
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    while (mi < topMentions.length && topMentions[mi].end <= t.start) mi++;
    const m = topMentions[mi];
    if (m && m.start <= t.start && t.start < m.end) {
      out.push({ kind: "ent", start: m.start, end: m.end, items: [itemOf(m)] });
      while (i < toks.length && toks[i].start < m.end) i++;
      mi++;
      continue;
    }
    const first = vocab.firsts.has(t.norm);
    const verb = first ? longest(toks, i, vocab.maxLen, vocab.verbs) : null;
    const adverb = verb || !first ? null : longest(toks, i, 1, vocab.adverbs);
    const found =
      verb || adverb || !GENERIC_FIRSTS.has(t.norm) ? null : longest(toks, i, MAX_GENERIC, generic);
    const subj = found && actsNext(toks[i + found[0]], vocab) ? found : null;
    if (verb) {
      const [n, cls] = verb;
      out.push({
        kind: "verb",
        start: t.start,
        end: toks[i + n - 1].end,
        cls,
        norm: keyOf(toks, i, n),
      });
      i += n;
    } else if (adverb) {
      out.push({ kind: "adverb", start: t.start, end: t.end, cls: adverb[1], norm: t.norm });
      i++;
    } else if (subj || ((t.norm === "we" || t.norm === "our") && speakerAgency)) {
      const n = subj ? subj[0] : 1;
      const id = subj ? GACC : (speakerAgency as string);
      out.push({
        kind: "ent",
        start: t.start,
        end: toks[i + n - 1].end,
        items: [pronoun(id, t.start, toks[i + n - 1].end)],
      });
      i += n;
    } else {
      const kind = startsWord(t.norm) ? "word" : "punct";
      out.push({ kind, start: t.start, end: t.end, norm: t.norm });
      i++;
    }
  }
  return foldLists(out);
}
