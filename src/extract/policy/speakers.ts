/**
 * Whom "we" stands for when the briefing's roster does not say: the agency the question before
 * the speaker's first answer addresses ("What has the GACC done to …? — Yu: We have …").
 *
 * Why only then: the roster (document-parts) is the better source and wins; a question that
 * names no agency, or two, leaves "we" unread; a turn that asks nothing is no question.
 */
import type { Mention } from "../entities/index.js";
import type { PolicySentence } from "./types.js";

/** `known` plus an agency for each speaker the roster left without one. */
export function speakerAgencyMap(
  known: Map<string, string>,
  text: string,
  sentences: PolicySentence[],
  mentions: Mention[],
): Map<string, string> {
  const out = new Map(known);
  const seen = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    const speaker = sentences[i].speaker;
    if (!speaker || seen.has(speaker)) continue;
    seen.add(speaker);
    if (out.has(speaker)) continue;
    const agency = addressedAgency(text, sentences, i, mentions);
    if (agency) out.set(speaker, agency);
  }
  return out;
}

/** A question turn is short: the sentences before an answer that may hold it. */
const QUESTION_SENTENCES = 4;

/** The one agency named by the question turn that ends right before sentence `i`. */
function addressedAgency(
  text: string,
  sentences: PolicySentence[],
  i: number,
  mentions: Mention[],
): string | null {
  const asker = sentences[i - 1]?.speaker;
  if (i === 0 || asker === sentences[i].speaker) return null;
  let from = i - 1;
  while (from > Math.max(0, i - QUESTION_SENTENCES) && sentences[from - 1].speaker === asker)
    from--;
  const start = sentences[from].start;
  const end = sentences[i - 1].end;
  if (!text.slice(start, end).includes("?")) return null;
  const ids = new Set(
    mentions
      .filter((m) => !m.nested && m.entity.type === "Agency" && m.start >= start && m.end <= end)
      .map((m) => m.entity.id),
  );
  return ids.size === 1 ? [...ids][0] : null;
}
