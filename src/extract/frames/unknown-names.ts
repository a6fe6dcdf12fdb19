/**
 * Names the gazetteer does not know, where a figure needs them: "imports of linseed from
 * Kazakhstan" (the figure is the linseed's, not the whole trade with Kazakhstan), "exports to
 * Kirgizia" (the figure is trade with a partner we cannot name). Such a clause states no fact
 * the graph can hold: precision first.
 */
import { type LexToken, senseAt } from "../lexicon/attach.js";
import type { Node } from "../rules/types.js";
import { cuesIn } from "./cue-index.js";

/**
 * "imports of linseed from Kazakhstan": goods the gazetteer does not know. The figure is theirs,
 * not the whole trade with the partner, so the clause states no fact it can ground.
 */
export function unknownGoods(subject: readonly Node[], tokens: readonly LexToken[]): boolean {
  return subject.some((n, k) => {
    // "the foreign trade of south China's Hainan" names a place: only goods are exported
    if (n.kind !== "FlowTerm" || n.value.flow === "TOTAL" || tokens[n.last]?.norm !== "of")
      return false;
    const next = tokens[n.last + 1];
    const named = subject[k + 1]?.first === n.last + 1;
    return (
      next !== undefined && /^[a-z]/.test(next.raw) && !generalWord(tokens, n.last + 1) && !named
    );
  });
}

/**
 * "trade in services", "trade in technology": what is traded, named after "in" by a word that
 * is no goods the gazetteer or the lexicon knows, no period and no name. Services are no goods
 * trade, and other things traded are no fact the graph can ground.
 */
export function unknownTradeObject(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  segments: ReadonlyArray<{ first: number; last: number }>,
): boolean {
  return subject.some((n) => {
    if (n.kind !== "FlowTerm" || tokens[n.last]?.norm !== "in") return false;
    const at = n.last + 1;
    const word = tokens[at];
    if (word === undefined || word.hit || !/^[a-z][a-z-]+$/.test(word.raw)) return false;
    const covered = (m: { first: number; last: number }) => m.first <= at && at < m.last;
    return !subject.some(covered) && !segments.some(covered);
  });
}

/**
 * "exports to Kirgizia", "trade with the Silk Road Fund's partners": a flow word, a preposition
 * of direction and a capitalised name that is no place of the clause.
 */
export function unknownPartner(subject: readonly Node[], tokens: readonly LexToken[]): boolean {
  return subject.some((n) => {
    if (n.kind !== "FlowTerm") return false;
    const prep = senseAt(tokens, n.last, "partnerPrep")?.entry.value;
    if (prep === undefined || prep === "between") return false;
    const at = tokens[n.last + 1]?.norm === "the" ? n.last + 2 : n.last + 1;
    const next = tokens[at];
    const place = subject.some(
      (m) => m.kind === "Entity" && PLACES.has(m.value.type) && m.first <= at && at < m.last,
    );
    return next !== undefined && /^[A-Z][a-z]/.test(next.raw) && !place;
  });
}

/** the entity types a partner can be */
const PLACES = new Set<string>(["Country", "Region", "Zone"]);

/**
 * "The aquatic industry saw a growth of 22%", "Pelagic products rose 5%": a goods noun led by a
 * word that names particular goods, where the gazetteer knows none. The figures are those
 * goods', not the reporter's whole trade.
 */
export function unknownGoodsPhrase(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  from: number,
  to: number,
): boolean {
  for (const i of cuesIn(tokens, "goodsHead", from + 1, to)) {
    if (namedAt(subject, i)) continue;
    const lead = tokens[i - 1];
    // "export products", "China's products", "2 billion products" are not particular goods
    if (lead.hit || !/^[a-z][a-z-]*$/.test(lead.raw) || namedAt(subject, i - 1)) continue;
    if (lead.norm === "s" && tokens[i - 2]?.raw === "'") continue;
    return true;
  }
  return false;
}

/** token `i` is inside an entity of the subject */
function namedAt(subject: readonly Node[], i: number): boolean {
  return subject.some((n) => n.kind === "Entity" && n.first <= i && i < n.last);
}

/** "the", "its", "all", "other": a word before goods that names none in particular */
function generalWord(tokens: readonly LexToken[], i: number): boolean {
  return senseAt(tokens, i, "generalGoods") !== null;
}

/**
 * "Livestock exports totaled $4.35 billion": a word the lexicon and the gazetteer do not know,
 * right before the flow noun that opens the subject, names goods; the figure is theirs, not the
 * reporter's whole trade. General words ("total", "annual", "the") and names are not goods.
 */
export function unknownFlowModifier(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  from: number,
): boolean {
  const flow = subject.find((n) => n.kind === "FlowTerm");
  if (!flow || flow.first === 0) return false;
  const lead = flow.first - 1;
  const named = subject.some((n) => n.kind === "Entity" && n.first <= lead && lead < n.last);
  const word = tokens[lead];
  if (named || word.hit || !/^[A-Za-z][a-z-]+$/.test(word.raw)) return false;
  // the word opens the clause or follows an article: it is the subject's modifier
  return lead === from || (lead - 1 === from && tokens[from].norm === "the");
}

/**
 * "The three markets together took 46% of China's exports": a group counted, not named, as the
 * subject. Its figures are the group's, which no single partner holds (gold: a share stated for
 * several partners together is left out). After a preposition ("trade between the two
 * countries") or as an owner ("the two countries' trade") the group is the partner side.
 */
export function namelessGroup(subject: readonly Node[], tokens: readonly LexToken[]): boolean {
  return subject.some((n) => {
    if (n.kind !== "NumberWord" || n.value.ordinal || n.value.value < 2) return false;
    // "the three markets", "the top three partners"
    const the = tokens[n.first - 1]?.norm === "the" ? n.first - 1 : n.first - 2;
    if (tokens[the]?.norm !== "the" || (the < n.first - 1 && !plainWord(tokens[the + 1])))
      return false;
    const noun = tokens[n.last];
    if (noun === undefined || noun.hit) return false;
    if (!/^[a-z][a-z-]*s$/.test(noun.raw) || tokens[n.last + 1]?.raw === "'") return false;
    // "the two countries saw bilateral trade rise": "bilateral" names the partner side
    if (partnerAnaphorAfter(tokens, n.last, subject.at(-1)?.last ?? n.last)) return false;
    return senseAt(tokens, the - 1, "partnerPrep") === null;
  });
}

/**
 * "imports of Chilean cherries": goods named with an origin adjective that no list knows as a
 * place. The figure is those goods' from one origin, not the goods' whole trade, and the origin
 * is a partner we cannot name.
 */
export function goodsOfUnknownOrigin(
  subject: readonly Node[],
  tokens: readonly LexToken[],
): boolean {
  return subject.some((n) => {
    if (n.kind !== "Entity" || n.value.type !== "Commodity") return false;
    const before = tokens[n.first - 1];
    if (before === undefined || before.hit || !ORIGIN_ADJECTIVE.test(before.raw)) return false;
    return !subject.some(
      (m) => m.kind === "Entity" && m.first <= n.first - 1 && n.first - 1 < m.last,
    );
  });
}

/** the endings of English adjectives of origin: Chilean, Brazilian, Japanese, Danish, Israeli */
const ORIGIN_ADJECTIVE = /^[A-Z][a-z]+(?:an|ese|ish|i)$/;

/** a lowercase word no list knows: "top", "largest" */
function plainWord(token: LexToken | undefined): boolean {
  return token !== undefined && !token.hit && /^[a-z]+$/.test(token.raw);
}

/** "bilateral" (an anaphor for the partner) among the tokens from `from` to `to` */
function partnerAnaphorAfter(tokens: readonly LexToken[], from: number, to: number): boolean {
  for (let i = from; i < to && i < tokens.length; i++)
    if (senseAt(tokens, i, "anaphor")?.entry.value === "partner") return true;
  return false;
}
