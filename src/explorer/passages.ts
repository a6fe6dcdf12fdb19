/**
 * The document page's text: trade-kg keeps the sentences behind every fact and policy link
 * (with their offsets), not the whole text, so the page shows those sentences in text order,
 * overlapping ones joined, each split at the entity mentions inside it so that facts and
 * entities are highlighted at their own offsets.
 */

export interface Sentence {
  start: number;
  end: number;
  quote: string;
  /** ids of the facts and links this sentence states */
  states: string[];
}

export interface MentionSpan<E> {
  start: number;
  end: number;
  entity: E;
}

export interface Piece<E> {
  start: number;
  text: string;
  entity: E | null;
}

export interface Passage<E> {
  start: number;
  end: number;
  text: string;
  states: string[];
  pieces: Piece<E>[];
}

/** Sentences in text order, overlapping or touching ones joined into one passage. */
function joined(sentences: Sentence[]): Omit<Passage<never>, "pieces">[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start || b.end - a.end);
  const passages: Omit<Passage<never>, "pieces">[] = [];
  for (const given of ordered) {
    // the quote is the text between the offsets; should they disagree, the quote decides
    const sentence = { ...given, end: given.start + given.quote.length };
    const last = passages.at(-1);
    if (last && sentence.start <= last.end) {
      if (sentence.end > last.end) {
        last.text += sentence.quote.slice(last.end - sentence.start);
        last.end = sentence.end;
      }
      last.states = [...new Set([...last.states, ...sentence.states])];
    } else
      passages.push({ ...sentence, text: sentence.quote, states: [...new Set(sentence.states)] });
  }
  return passages;
}

/** A passage's text cut at the mentions inside it (overlapping mentions: the first wins). */
function piecesOf<E>(
  passage: { start: number; end: number; text: string },
  mentions: MentionSpan<E>[],
): Piece<E>[] {
  const pieces: Piece<E>[] = [];
  let at = passage.start;
  for (const mention of mentions) {
    if (mention.start < at || mention.end > passage.end) continue;
    if (mention.start > at)
      pieces.push({ start: at, text: slice(passage, at, mention.start), entity: null });
    pieces.push({
      start: mention.start,
      text: slice(passage, mention.start, mention.end),
      entity: mention.entity,
    });
    at = mention.end;
  }
  if (at < passage.end)
    pieces.push({ start: at, text: slice(passage, at, passage.end), entity: null });
  return pieces;
}

const slice = (passage: { start: number; text: string }, from: number, to: number) =>
  passage.text.slice(from - passage.start, to - passage.start);

/** `mentions` in text order, as Document.mentions gives them. */
export function passagesOf<E>(sentences: Sentence[], mentions: MentionSpan<E>[]): Passage<E>[] {
  return joined(sentences).map((passage) => ({ ...passage, pieces: piecesOf(passage, mentions) }));
}
