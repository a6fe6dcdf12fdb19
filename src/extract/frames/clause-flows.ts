/**
 * The flows a clause names, in order ("foreign trade enterprises" names traders, not a flow). Adjacent flow words name one flow, the narrower one
 * ("trade surplus" is a balance); a flow named twice ("exports … the export volume") is one.
 * "exports and imports" is the total, unless the clause has more figures than flows: then, as
 * in "foreign trade, exports and imports rose 22.8%, 23.8% and 21.7%", it is two flows.
 */
import type { Flow } from "../../core/contract.js";
import { type LexToken, senseAt } from "../lexicon/attach.js";
import { lexicon } from "../lexicon/lexicon.js";
import type { Node } from "../rules/types.js";
import { itemsOf } from "./figures.js";

interface FlowWord {
  flow: Flow;
  first: number;
  last: number;
  /** the flows of its words, when it joins two ("exports and imports") */
  parts: Flow[];
}

export interface ClauseFlows {
  flows: Flow[];
  deficit: boolean;
  /** the clause's only flow word does not say which way ("shipments fell 10%") */
  vague: boolean;
}

export function readFlows(
  subject: readonly Node[],
  tokens: readonly LexToken[],
  figures: number,
): ClauseFlows {
  const read: WordsRead = { words: [], deficit: false, vague: false };
  for (const node of subject)
    if (node.kind === "List") for (const item of node.value.items) readWord(item, tokens, read);
    else readWord(node, tokens, read);
  const { words, deficit } = read;
  let vague = read.vague;
  // "imported and exported goods rose 16% and 29%": a list of flows as long as the figures is
  // the one they pair with, whatever other flow words the clause has
  const paired = subject.find(
    (n) => n.kind === "List" && n.value.itemKind === "FlowTerm" && n.value.items.length === figures,
  );
  // no flow word: no flow (most clauses of a text)
  if (!words.length && !(paired && figures > 1)) return { flows: [], deficit, vague };
  if (paired && figures > 1)
    return {
      flows: itemsOf(paired).flatMap((i) => (i.kind === "FlowTerm" ? [i.value.flow] : [])),
      deficit,
      vague: false,
    };
  // "… and imported and exported goods rose 16% and 29%": the last joined term pairs with them
  const last = words[words.length - 1];
  if (figures > 1 && last?.parts.length === figures) return { flows: last.parts, deficit, vague };
  const flows = mergeAdjacent(joinDirected(words, tokens));
  vague &&= flows.length === 1;
  if (flows.length >= figures || figures < 2)
    return { flows: oneSpecific(distinctFlows(flows), figures), deficit, vague };
  const split = flows.flatMap((w) => (w.parts.length > 1 ? w.parts : [w.flow]));
  return { flows: split, deficit, vague };
}

interface WordsRead {
  words: FlowWord[];
  deficit: boolean;
  vague: boolean;
}

/** A flow word of the subject (not "foreign trade enterprises"), its direction read. */
function readWord(item: Node, tokens: readonly LexToken[], read: WordsRead): void {
  if (item.kind !== "FlowTerm" || senseAt(tokens, item.last, "tradeAgent")) return;
  const direction = item.value.vague ? directionAfter(tokens, item.last) : item.value.flow;
  read.vague ||= direction === null;
  const flow = direction ?? item.value.flow;
  read.words.push({ flow, first: item.first, last: item.last, parts: partsOf(tokens, item) });
  if (item.value.negative) read.deficit = true;
}

/** The flows of the words, each once, in the order first named. */
function distinctFlows(words: readonly FlowWord[]): Flow[] {
  const out: Flow[] = [];
  for (const w of words) if (!out.includes(w.flow)) out.push(w.flow);
  return out;
}

/**
 * "In terms of trade modes, general trade exports rose 36.2%": where one flow is wanted, "trade"
 * said in passing yields to the one direction the clause names.
 */
function oneSpecific(flows: Flow[], figures: number): Flow[] {
  const specific = flows.filter((f) => f !== "TOTAL");
  return figures <= 1 && flows.includes("TOTAL") && specific.length === 1 ? specific : flows;
}

/** "shipments to the EU" go out, "shipments from Brazil" come in; otherwise unknown. */
function directionAfter(tokens: readonly LexToken[], at: number): Flow | null {
  const prep = senseAt(tokens, at, "partnerPrep")?.entry.value;
  return prep === "to" ? "EXPORT" : prep === "from" ? "IMPORT" : null;
}

/**
 * "imports from and exports to the EU", "exports to and imports from Chile": both ways with one
 * partner, the total trade with it (its two flows when the figures pair with them).
 */
function joinDirected(words: readonly FlowWord[], tokens: readonly LexToken[]): FlowWord[] {
  const out: FlowWord[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const opposite = prev && prev.flow !== w.flow && prev.flow !== "TOTAL" && w.flow !== "TOTAL";
    const joined =
      opposite &&
      prev.flow !== "BALANCE" &&
      w.flow !== "BALANCE" &&
      w.first === prev.last + 2 &&
      senseAt(tokens, prev.last, "partnerPrep") !== null &&
      senseAt(tokens, prev.last + 1, "conj")?.entry.value === "and";
    if (joined)
      out[out.length - 1] = {
        flow: "TOTAL",
        first: prev.first,
        last: w.last,
        parts: [prev.flow, w.flow],
      };
    else out.push(w);
  }
  return out;
}

function mergeAdjacent(words: readonly FlowWord[]): FlowWord[] {
  const out: FlowWord[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev && w.first === prev.last) {
      if (prev.flow === "TOTAL") out[out.length - 1] = { ...w, first: prev.first };
    } else if (w.parts.length > 1 || !out.some((o) => o.flow === w.flow)) out.push(w);
  }
  return out;
}

/** The flows of the single words inside a flow term ("exports and imports" → EXPORT, IMPORT). */
function partsOf(tokens: readonly LexToken[], item: Node): Flow[] {
  if (item.last - item.first < 3) return [];
  const parts: Flow[] = [];
  for (let i = item.first; i < item.last; i++) {
    const sense = lexicon()
      .byKey.get(tokens[i].norm)
      ?.find((s) => s.entry.cls === "flow");
    if (sense && sense.entry.value !== "TOTAL") parts.push(sense.entry.value as Flow);
  }
  return parts.length > 1 ? parts : [];
}
