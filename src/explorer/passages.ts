/**
 * The document page's text in pieces. With the whole text stored (Document.text), the page
 * shows all of it: stretches in text order, each sentence behind a fact or link one stretch
 * (overlapping ones joined) and the text between them others, every stretch cut at the
 * entity mentions inside it so facts and entities are highlighted at their own offsets.
 * Documents stored before texts were kept have only those sentences (with their offsets),
 * so their page shows the sentences alone, as passages.
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

/**
 * The whole text as stretches in text order: each passage of `sentences` (its `states`
 * non-empty) and the text between them (`states` empty), every one cut at its mentions.
 * Joined together their texts are `text`; a sentence beyond the text's end is left out.
 */
export function stretchesOf<E>(
  text: string,
  sentences: Sentence[],
  mentions: MentionSpan<E>[],
): Passage<E>[] {
  const stretches: Omit<Passage<E>, "pieces">[] = [];
  const between = (start: number, end: number) => ({
    start,
    end,
    text: text.slice(start, end),
    states: [],
  });
  let at = 0;
  for (const passage of joined(sentences)) {
    if (passage.start < at || passage.end > text.length) continue;
    if (passage.start > at) stretches.push(between(at, passage.start));
    stretches.push({ ...passage, text: text.slice(passage.start, passage.end) });
    at = passage.end;
  }
  if (at < text.length) stretches.push(between(at, text.length));
  return stretches.map((stretch) => ({ ...stretch, pieces: piecesOf(stretch, mentions) }));
}
