/**
 * Number literals over tokens: "1,234.5", "8.22", "-3.5", "5bn" (a scale written into the
 * token), found once per sentence and shared by every numeric atom reader.
 *
 * Why: the tokenizer splits "8.22" into "8", ".", "22"; readers want one literal with its digit
 * string, so it is joined here once instead of in each reader. Digits are kept as a string so
 * that scaling stays exact (see decimal.ts).
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import { lookup } from "../lexicon/lexicon.js";
import type { NumberLit } from "./types.js";

const DIGITS_SUFFIX = /^(\d+)([a-z]+)$/i;

/** Whether `s` is one or more digits (what /^\d+$/ says, without a regular expression: it is
 * asked of every digit token and the tokens after it). */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether the last character of `s` is an ASCII letter (a suffix may be written on). */
function endsWithLetter(s: string): boolean {
  const c = s.charCodeAt(s.length - 1) | 32;
  return c >= 97 && c <= 122;
}

function adjacent(tokens: readonly LexToken[], i: number): boolean {
  return i + 1 < tokens.length && tokens[i].end === tokens[i + 1].start;
}

/** The power of ten of a scale word written into a number token ("5bn" → 9), or null. */
function suffixScale(suffix: string): number | null {
  for (const s of lookup(suffix)) if (s.entry.cls === "scale") return s.entry.value as number;
  return null;
}

/** Extends a literal from its first digit token; returns [digits, last token index + 1]. */
function extend(tokens: readonly LexToken[], i: number): { digits: string; last: number } {
  let digits = tokens[i].raw;
  let j = i + 1;
  let sawDot = false;
  while (j + 1 < tokens.length && adjacent(tokens, j - 1) && adjacent(tokens, j)) {
    const sep = tokens[j].raw;
    const next = tokens[j + 1].raw;
    const nextDigits = allDigits(next) || (sep === "." && DIGITS_SUFFIX.test(next));
    if (!nextDigits) break;
    if (sep === "," && !sawDot && allDigits(next) && next.length === 3) {
      digits += next;
    } else if (sep === "." && !sawDot) {
      sawDot = true;
      digits += `.${next}`;
    } else break;
    j += 2;
  }
  return { digits, last: j };
}

/** Every number literal in the tokens, in order (`digitTokens`: those that open with a digit). */
export function findNumberLits(
  tokens: readonly LexToken[],
  digitTokens: readonly number[],
): NumberLit[] {
  const out: NumberLit[] = [];
  // a literal starts at a digit token after the last literal's tokens
  let next = 0;
  for (const i of digitTokens) {
    if (i < next) continue;
    const raw = tokens[i].raw;
    const { digits, last } = allDigits(raw) ? extend(tokens, i) : { digits: raw, last: i + 1 };
    let body = digits;
    let scale: number | null = null;
    const m = endsWithLetter(digits)
      ? DIGITS_SUFFIX.exec(digits.slice(digits.lastIndexOf(".") + 1))
      : null;
    if (m) {
      scale = suffixScale(m[2]);
      if (scale === null) continue; // "5G", "13th", "3D": names and ordinals, not amounts
      body = digits.slice(0, digits.length - m[2].length);
    }
    const minus = i > 0 && tokens[i - 1].norm === "-" && adjacent(tokens, i - 1);
    const signed = minus && (i < 2 || !adjacent(tokens, i - 2) || tokens[i - 2].raw === "(");
    const first = signed ? i - 1 : i;
    const word = scale === null ? scaleWordAt(tokens, last) : -1;
    out.push({
      start: tokens[first].start,
      end: tokens[last - 1].end,
      first,
      last,
      digits: signed ? `-${body}` : body,
      suffixScale: scale,
      grouped: groupedIn(tokens, i, last),
      power: scale ?? (word >= 0 ? (senseAt(tokens, word, "scale")!.entry.value as number) : 0),
      afterScale: word >= 0 ? tokens[word].hit!.last : last,
    });
    next = last;
  }
  return out;
}

/** Whether tokens [from, to) hold a comma (a grouped literal). */
function groupedIn(tokens: readonly LexToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].raw === ",") return true;
  return false;
}

/**
 * The token of the scale word right after token `last - 1` ("8.22 trillion"), or -1: read
 * once per literal, as its `power` and `afterScale`.
 */
function scaleWordAt(tokens: readonly LexToken[], last: number): number {
  // "25.3-million tonnes": a hyphen joins the scale word to its number
  const at = tokens[last]?.norm === "-" && adjacent(tokens, last) ? last + 1 : last;
  return senseAt(tokens, at, "scale") ? at : -1;
}
