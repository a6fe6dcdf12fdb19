/**
 * A stretch of a line as words with the separators between them, for rules that walk from a
 * head noun back over its modifiers ("high-value-added intermediate materials").
 */
export interface Word {
  w: string;
  start: number;
  end: number;
  /** the characters between the previous word and this one */
  before: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** the last stretch read: three rules read the same line in turn */
let last: { text: string; from: number; to: number; words: Word[] } | null = null;

export function wordsOf(text: string, from: number, to: number): Word[] {
  if (last && last.text === text && last.from === from && last.to === to) return last.words;
  const words = readWords(text, from, to);
  last = { text, from, to, words };
  return words;
}

function readWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const chunk = text.slice(from, to);
  let prev = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const w = m[0].replace(/['’-]+$/, "");
    out.push({
      w,
      start: from + m.index,
      end: from + m.index + w.length,
      before: chunk.slice(prev, m.index),
    });
    prev = m.index + w.length;
  }
  return out;
}

/** Only spaces between the word and the one before it (no comma, bracket or quote). */
export const joined = (x: Word): boolean => /^[ \t]+$/.test(x.before);
