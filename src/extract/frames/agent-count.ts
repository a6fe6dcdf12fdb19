/**
 * "A total of 12,000 companies registered for e-commerce exports, up 18%", "700,000 foreign
 * trade enterprises had import and export records": a count of traders in the subject. The
 * clause's figures are the count's, or the trade of some firms that no segment names: not the
 * trade of the reporter or of a breakdown (gold: counts of enterprises are no trade facts).
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";

/** how many words may stand between a count and its traders: "700,000 foreign trade firms" */
const AGENT_REACH = 4;

/** A count before `until` whose noun, within a few words, is a trader ("enterprises"). */
export function countsTraders(
  nodes: readonly Node[],
  tokens: readonly LexToken[],
  until: number,
): boolean {
  for (const n of nodes) {
    if (n.first >= until) return false;
    if (n.kind !== "Count") continue;
    if (agentWithinReach(tokens, n.last, Math.min(until, tokens.length))) return true;
  }
  return false;
}

/**
 * A trader among the next few words from `from`; a hyphen joins, it is no word
 * ("48,000 new foreign-invested enterprises": the noun is the fourth word).
 */
function agentWithinReach(tokens: readonly LexToken[], from: number, end: number): boolean {
  let words = 0;
  for (let i = from; i < end && words < AGENT_REACH; i++) {
    if (senseAt(tokens, i, "tradeAgent")) return true;
    if (tokens[i].norm !== "-") words++;
  }
  return false;
}
