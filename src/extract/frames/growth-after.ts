/**
 * "contributed 16.5% to the country's trade" is a share; "contributing 50.2% to the city's
 * import growth" is a share of growth, no trade fact. Whether a change word follows a
 * contribution cue decides which.
 *
 * Why one function with a stop rule: the clause's cue scan looks to the clause's end, the
 * figure's share scan only a few words on and not past a comma or full stop (the next
 * clause's "growth" is not the whole of this figure); both are the same look-ahead.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";

export interface GrowthReach {
  /** the token index the scan stops before */
  end: number;
  /** "," ";" "." close the whole: a change word past them is another clause's */
  stopAtPunctuation: boolean;
}

/** A change word ("growth", "increase") in [from, reach.end), before any stop. */
export function growthAfter(
  tokens: readonly LexToken[],
  from: number,
  reach: GrowthReach,
): boolean {
  for (let i = from; i < reach.end; i++) {
    if (senseAt(tokens, i, "change")) return true;
    if (reach.stopAtPunctuation && CLOSES_WHOLE.test(tokens[i].raw)) return false;
  }
  return false;
}

const CLOSES_WHOLE = /^[,;.]$/;
