/**
 * The whole a share is of, when a relative clause states its figures: "The province accounted
 * for 25% of China's total trade, which grew 2.3% to 26.43 trillion yuan" also says that China's
 * total trade grew 2.3% to 26.43 trillion.
 *
 * Why a clause of its own: the share's clause stops its own figures at the relative word (they
 * are not the province's); read from "of" on, the whole and its figures make an ordinary clause.
 */
import type { LexToken } from "../lexicon/attach.js";
import { readCues } from "./clause-cues.js";
import type { Clause } from "./clauses.js";
import { firstCue } from "./cue-index.js";
import { isFigure } from "./figures.js";

export function wholeClause(clause: Clause, tokens: readonly LexToken[]): Clause | null {
  // no share word: no whole (most clauses), known before the clause's other cues are read
  if (firstCue(tokens, "shareCue", clause.first, clause.last) >= clause.last) return null;
  const cues = readCues(clause, tokens);
  if (cues.shareAt >= clause.last || cues.ownUntil >= clause.last) return null;
  let of = -1;
  for (let i = cues.shareAt + 1; i < cues.ownUntil && of < 0; i++)
    if (tokens[i].norm === "of") of = i;
  // "accounted for 25% of …": the share's figure stands between its word and the whole
  const share = clause.nodes.some((n) => n.first > cues.shareAt && n.first < of && isFigure(n));
  if (of < 0 || !share) return null;
  const nodes = clause.nodes.filter((n) => n.first > of);
  const named = nodes.some(
    (n) => n.last <= cues.ownUntil && (n.kind === "FlowTerm" || n.kind === "Entity"),
  );
  const figures = nodes.some((n) => n.first > cues.ownUntil && isFigure(n));
  return named && figures ? { first: of + 1, last: clause.last, nodes, partOf: null } : null;
}
