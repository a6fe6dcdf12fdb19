/**
 * The one list rule: entity pieces joined by ",", "and", "or", ", and", "as well as" or dashes
 * ("together with" joins too, and marks the list as acting jointly)
 * become one piece whose items every rule deals out ("will support A, B and C" → three links).
 *
 * Why one rule: subjects ("A, B and C jointly issued"), objects and members are all lists; read
 * once here, no rule counts commas. Apposition is not a list: "Changsha, Hunan Province" (a
 * city, then the province it lies in) and mixed types ("Xiamen, Fujian" vs "ASEAN, Vietnam")
 * stay apart.
 */
import { type EntPiece, entPiece, type Item, type Piece } from "./types.js";
import { policyVocabulary } from "./vocabulary.js";

/** "A, together with B, released …": a join that states a joint act */
const JOINT_JOINS = new Set([
  "together with",
  ", together with",
  "together with the",
  ", together with the",
  "along with",
  ", along with",
  "along with the",
  ", along with the",
  "in conjunction with",
  ", in conjunction with",
]);

const JOINS = new Set([
  ",",
  "and",
  ", and",
  "or",
  ", or",
  "as well as",
  ", as well as",
  "-",
  "—",
  "–",
  "- -",
  "and the",
  ", the",
  ", and the",
  "or the",
]);

function family(it: Item): string {
  return it.type === "Agency" || it.type === "Country" ? "actor" : it.type;
}

/** "Changsha, Hunan Province": the second names where the first lies. */
function apposition(left: Item, right: Item): boolean {
  if (left.type !== "Region" || right.type !== "Region") return false;
  const code = right.info.codes.iso3166_2;
  return left.kind === "CITY" && code !== undefined && left.info.province === code;
}

function joinable(a: EntPiece, b: EntPiece): boolean {
  const l = a.items[a.items.length - 1];
  const r = b.items[0];
  if (l.pronoun || r.pronoun) return false;
  if (family(l) !== family(r)) return false;
  // "among China, Peru and Chile, China is seeking …": a name the list already holds opens a
  // new phrase, it does not go on with the list
  if (b.items.some((x) => a.items.some((y) => y.id === x.id))) return false;
  return !apposition(l, r);
}

/**
 * "with the approval of the State Council, the Ministry of Finance and …": the name after a
 * consent noun and "of" closes its phrase at the comma; the names after it are the clause's
 * subject, not more approvers. `at` is where the entity piece stands in `out`.
 */
function closedByConsent(out: Piece[], at: number, join: string): boolean {
  if (!join.startsWith(",")) return false;
  let k = at - 1;
  if (wordAt(out, k) === "the") k--;
  if (wordAt(out, k) !== "of") return false;
  const noun = wordAt(out, k - 1);
  return noun !== undefined && policyVocabulary().cues.consentNouns.has(noun);
}

function wordAt(pieces: Piece[], i: number): string | undefined {
  const p = pieces[i];
  return p === undefined || p.kind === "ent" ? undefined : p.norm;
}

/** "the World Trade Organization (WTO)": a name and its bracketed short form are one piece. */
function bracketed(pieces: Piece[], i: number): number {
  const a = pieces[i];
  if (a.kind !== "ent" || i + 3 >= pieces.length) return 0;
  const [b, c, d] = [pieces[i + 1], pieces[i + 2], pieces[i + 3]];
  if (c.kind !== "ent" || b.kind !== "punct" || d.kind !== "punct") return 0;
  if (b.norm !== "(" || d.norm !== ")" || c.items.length !== 1) return 0;
  return a.items.some((x) => x.id === c.items[0].id) ? 3 : 0;
}

/** every word of a join: a piece with another word joins nothing */
const JOIN_WORDS = new Set([...JOINS, ...JOINT_JOINS].flatMap((j) => j.split(" ")));

/** Names with their bracketed short forms folded in (a new array only when one is found). */
function withShortForms(input: Piece[]): Piece[] {
  let pieces: Piece[] | null = null;
  for (let i = 0; i < input.length; i++) {
    const skip = bracketed(input, i);
    const p = input[i];
    if (skip && p.kind === "ent") {
      pieces ??= input.slice(0, i);
      pieces.push(entPiece(p.start, input[i + skip].end, p.items, p.joint));
      i += skip;
    } else pieces?.push(p);
  }
  return pieces ?? input;
}

/**
 * The words between the entity piece just read and the one before it (up to four pieces,
 * none an entity), as one key, with the index of that earlier piece (-1 when there is none
 * within reach, or a word that is part of no join).
 */
function joinBefore(out: Piece[]): { key: string; at: number } {
  let j = out.length - 1;
  let n = 0;
  let key = "";
  while (j >= 0 && n < 4) {
    const q = out[j];
    if (q.kind === "ent") break;
    if (!JOIN_WORDS.has(q.norm)) return { key: "", at: -1 };
    key = n === 0 ? q.norm : `${q.norm} ${key}`;
    n++;
    j--;
  }
  return { key, at: n > 0 && j >= 0 && out[j].kind === "ent" ? j : -1 };
}

/** Fewer than two entity pieces: nothing to join or fold (most sentences). */
function fewerThanTwoEntities(pieces: Piece[]): boolean {
  let n = 0;
  for (let i = 0; i < pieces.length && n < 2; i++) if (pieces[i].kind === "ent") n++;
  return n < 2;
}

export function foldLists(input: Piece[]): Piece[] {
  if (fewerThanTwoEntities(input)) return input;
  const pieces = withShortForms(input);
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind !== "ent" || out.length === 0) {
      out.push(p);
      continue;
    }
    const { key, at } = joinBefore(out);
    const prev = at >= 0 ? out[at] : undefined;
    if (
      prev?.kind === "ent" &&
      (JOINS.has(key) || JOINT_JOINS.has(key)) &&
      joinable(prev, p) &&
      !closedByConsent(out, at, key)
    ) {
      out.length = at;
      const joint = prev.joint || p.joint || JOINT_JOINS.has(key);
      out.push(entPiece(prev.start, p.end, [...prev.items, ...p.items], joint));
      continue;
    }
    out.push(p);
  }
  return out;
}
