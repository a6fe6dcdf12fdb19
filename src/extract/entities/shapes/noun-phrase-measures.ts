/**
 * Measures named by a descriptive noun phrase after a verb of acting on them: "implemented
 * the action plan for ...", "rolled out 16 measures to promote the stable scale of foreign
 * trade", "such as the two-step declaration model".
 *
 * Why: most measures in official English have no title-case name; the verb before them
 * (implement, launch, roll out, …) and the head noun that ends the phrase (plan, measures,
 * mechanism, …) say that the phrase names one. Words: data/entity-shapes.json
 * `nounPhraseMeasure`.
 */
import type { Candidate, ShapeRule } from "../types.js";
import { alternation, SHAPES } from "../vocabulary.js";
import { candidate, entity, matchesIn } from "./helpers.js";

const NP = SHAPES.nounPhraseMeasure;
const PUNCT = `,;:.()"\\u201c\\u201d`;
const TRIGGER = new RegExp(`\\b${alternation(NP.triggers)}\\s+`, "g");
const SKIP = new RegExp(
  `^(?:(?:${alternation(NP.skipped)}|(?:and|or) (?:\\w+ed|${alternation(NP.skippedVerbsAfterConjunction)}))\\s+|${alternation(NP.skippedOf)} of\\s+)+`,
  "i",
);
const HEAD = new RegExp(`^${alternation(NP.heads)}$`, "i");
const STOP = new RegExp(`[${PUNCT}]|\\s(?:${alternation(NP.stops)}|for \\w+ consecutive)\\s`);
const GERUND_HEADS = alternation(NP.gerundHeadsKept);
/** "cleaning up and regulating ...": a gerund after "and" goes on with the phrase */
const AND_GERUND = new RegExp(`^\\s(?:and|or)\\s+\\w+ing\\s+(?!\\w*${GERUND_HEADS}\\b)`);
const PURPOSE_TO = new RegExp(`^\\sto\\s+(?:\\w+ly\\s+)?${alternation(NP.purposeVerbs)}\\b`);
const PURPOSE_HEAD = new RegExp(`\\b${alternation(NP.purposeHeads)}$`);
/** "a guideline to secure …" names a measure; "the guidelines of the meeting" do not */
const PURPOSE_ONLY_HEADS = new Set(NP.purposeOnlyHeads);
const purposeOnly = (head: string, np: string, preText: string) =>
  PURPOSE_ONLY_HEADS.has(head.toLowerCase()) && PURPOSE_TO.test(np.slice(preText.length));
/**
 * "16 measures to promote ...": a package named by its purpose runs to the end of the clause,
 * or to the places it is for ("… platforms in Hengqin and Nansha": where, not part of the name)
 */
const COUNTED_PURPOSE = new RegExp(
  `^\\d+\\s+(?:[a-z-]+\\s+)?(?:measures|guidelines|policies|rules|reforms|initiatives)\\s+to\\s+[a-z]+\\b[^${PUNCT}]*?(?=\\s+in\\s+[A-Z]|[${PUNCT}]|$)`,
);
const GERUND = new RegExp(`^${alternation(NP.gerundsNotNames)}$`, "i");
const VAGUE = new RegExp(`^${alternation(NP.vagueFirstWords)}$`, "i");
const KEPT_CAPITALS = new Set(NP.capitalisedFirstWordsKept);
const PREPOSITION = /\s(?:of|for|on|against|via|to|into|at|over|under|toward|towards)\s/;

/** Where the phrase in `rest` ends: at the first stop word or mark that does not go on with it. */
function phraseEnd(rest: string): number {
  const purpose = COUNTED_PURPOSE.exec(rest);
  if (purpose) return purpose[0].length;
  let cursor = 0;
  for (;;) {
    const stop = STOP.exec(rest.slice(cursor));
    if (!stop) return rest.length;
    const at = cursor + stop.index;
    const after = rest.slice(at);
    const sofar = rest.slice(0, at);
    const goesOn =
      (AND_GERUND.test(after) && !/^\s(and|or)\s+\w+ing\s+\w+ing\b/.test(after)) ||
      (/^\sand\s+[A-Z]/.test(after) && /[A-Z][\w-]*$/.test(sofar)) ||
      (PURPOSE_TO.test(after) && PURPOSE_HEAD.test(sofar));
    if (!goesOn) return at;
    cursor = at + 1;
  }
}

/** Whether the phrase names a measure: a measure head noun, and no vague or verbal opening. */
function namesMeasure(np: string, head: string, preWords: number, counted = false): boolean {
  const words = np.split(/\s+/);
  // a counted package named by its purpose ("23 guidelines to …") is a measure by its shape
  if (words.length < 2 || words.length > 14 || !(counted || HEAD.test(head))) return false;
  const first = words[0];
  if (GERUND.test(first) || VAGUE.test(first) || /^(?:of|for|on|in|to|and|or)$/i.test(first))
    return false;
  // "59 measures": a count of unnamed things; "17 convenient measures for ..." names them
  if (/^\d+$/.test(first) && (!/s$/.test(head) || words.length < 3)) return false;
  if (preWords === 1 && words.length < 3) return false;
  if (/^(?:[A-Z][a-z]+|[a-z]+ly)$/.test(first) && !KEPT_CAPITALS.has(first)) return false;
  return !/\b(we|our|us|they|it|you|I)\b/.test(np);
}

function kindOf(head: string): string {
  const h = head.toLowerCase();
  return NP.kinds.find(({ heads }) => heads.some((x) => h.includes(x)))?.kind ?? "POLICY";
}

function find(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesIn(TRIGGER, text, from, to)) {
    let i = m.at + m[0].length;
    const skip = SKIP.exec(text.slice(i, to));
    if (skip) i += skip[0].length;
    const rest = text.slice(i, Math.min(to, i + 200));
    const np = rest
      .slice(0, phraseEnd(rest))
      .replace(/\s+$/, "")
      .replace(/(?:\s+(?:of|for|on|in|to|and|or|the|against|via))+$/, "");
    // the head noun is the last word before the first preposition
    const pre = np.split(PREPOSITION)[0].split(/\s+/);
    const head = pre[pre.length - 1] ?? "";
    const preText = np.split(PREPOSITION)[0];
    const shaped = COUNTED_PURPOSE.test(rest) || purposeOnly(head, np, preText);
    if (!namesMeasure(np, head, pre.length, shaped)) continue;
    const info = entity("Measure", np, kindOf(head), "measure");
    out.push(candidate("noun-phrase-measure", i, i + np.length, info));
  }
  return out;
}

export const nounPhraseMeasure: ShapeRule = {
  name: "noun-phrase-measure",
  find,
  examples: [
    {
      in: "The city implemented the action plan for cross-border trade facilitation.",
      find: "action plan for cross-border trade facilitation",
      type: "Measure",
    },
    {
      in: "The State Council rolled out 16 measures to promote the stable scale and optimal structure of foreign trade.",
      find: "16 measures to promote the stable scale and optimal structure of foreign trade",
      type: "Measure",
    },
    {
      in: "The State Council announced a guideline to sustain the growth of processing trade.",
      find: "guideline to sustain the growth of processing trade",
      type: "Measure",
    },
    {
      in: "Customs launched a credit management system for traders.",
      find: "credit management system for traders",
      type: "Measure",
    },
    {
      in: "Customs worked to develop new bonded warehouse supervision regulations this year.",
      find: "new bonded warehouse supervision regulations",
      type: "Measure",
    },
    {
      in: "Two ministries jointly released 23 guidelines to facilitate cross-border trade.",
      find: "23 guidelines to facilitate cross-border trade",
      type: "Measure",
    },
    {
      in: "The bureau rolled out 12 measures to support new trade platforms in Qingdao and Weihai.",
      find: "12 measures to support new trade platforms",
      type: "Measure",
    },
  ],
  counterExamples: [
    { in: "The bureau implemented 59 measures last year.", not: "59 measures" },
    { in: "They adopted effective measures in time.", not: "effective measures" },
    { in: "We promoted our reforms.", not: "our reforms" },
    {
      in: "Officials implemented the guidelines of the annual work meeting.",
      not: "guidelines of the annual work meeting",
    },
  ],
};
