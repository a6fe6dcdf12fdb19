/**
 * ISSUED / IMPLEMENTS / SUPPORTS in the active voice: an agency or country (or "we", the
 * speaker's agency) followed by a verb of acting; every measure after the verb takes the
 * predicate of the nearest verb before it, every zone or domestic area after a verb of backing
 * or establishing is SUPPORTS. The walk stops where a new actor opens its own clause.
 *
 * Why one walk and not one pattern per object: "launched A, promoted B and will support C" gives
 * three links with three predicates; the list rule already grouped each object list.
 */
import type { Predicate } from "../../../core/contract.js";
import type { Link, Piece, PolicyRule, SentenceView } from "../types.js";
import type { VerbClass } from "../vocabulary.js";
import { policyVocabulary } from "../vocabulary.js";
import {
  ACTOR,
  breaksClause,
  ent,
  link,
  opensClause,
  phraseBefore,
  subjectPosition,
} from "./helpers.js";

const PREDICATE: Partial<Record<VerbClass, Predicate>> = {
  ISSUE: "ISSUED",
  SIGN: "ISSUED",
  IMPLEMENT: "IMPLEMENTS",
  SUPPORT: "IMPLEMENTS",
  JOINT: "ISSUED",
};
const BACKS: VerbClass[] = ["SUPPORT", "ISSUE"];

/**
 * A clause break ("while", "but") followed by a name before any verb opens a clause with its
 * own subject; "…; and promoted …" or "but did not …" goes on with the same actor.
 */
function newSubjectAfter(view: SentenceView, i: number): boolean {
  if (!breaksClause(view.pieces[i])) return false;
  for (let k = i + 1; k < view.pieces.length; k++) {
    const q = view.pieces[k];
    if (q.kind === "verb") return false;
    if (q.kind === "ent") return true;
  }
  return false;
}

const RELATIVES = new Set(["that", "which", "who"]);

/** "… with all member countries that have established AEO systems": a name's relative clause, with its own subject. */
function relativeClause(view: SentenceView, i: number): boolean {
  const before = view.pieces[i - 1];
  const p = view.pieces[i];
  if (before?.kind !== "ent" || !("norm" in p) || !RELATIVES.has(p.norm)) return false;
  for (let k = i + 1; k < Math.min(view.pieces.length, i + 5); k++) {
    const q = view.pieces[k];
    if (q.kind === "verb") return true;
    if (q.kind !== "word" && q.kind !== "adverb") return false;
  }
  return false;
}

/**
 * What stands between the subject and its verb: a few words ("will further"), or an apposition
 * closed by commas that names another body ("Haikou Customs, under the GACC, launched …");
 * another name outside commas is another phrase.
 */
function subjectReachesVerb(view: SentenceView, at: number, verb: number): boolean {
  const gap = view.pieces.slice(at + 1, verb);
  if (!gap.some((p) => p.kind === "ent")) return gap.length <= 5;
  return comma(gap[0]) && comma(gap[gap.length - 1]) && gap.slice(1, -1).every((p) => !comma(p));
}

function comma(p: Piece | undefined): boolean {
  return p?.kind === "punct" && p.norm === ",";
}

/**
 * "announced that the RCEP will cut …": a verb whose object is a clause reports what others do;
 * "implement that policy" (a determiner before a noun) is not one. The clause opens with a
 * name, an article or a pronoun (data: cues.thatClauseOpeners).
 */
function reportsClause(view: SentenceView, i: number): boolean {
  const that = view.pieces[i + 1];
  const next = view.pieces[i + 2];
  if (view.pieces[i].kind !== "verb" || that?.kind !== "word" || that.norm !== "that") return false;
  if (next?.kind === "ent") return true;
  return next?.kind === "word" && policyVocabulary().cues.thatClauseOpeners.has(next.norm);
}

/** "… of the Conference": the name is the complement of another noun, past an article. */
const OF_PHRASES = new Set(["of", "of the"]);

const PLACE_JOINS = new Set(["and", ",", "while", "but"]);

/** ", and Zhejiang province launched …": a place after "and" acting with its own verb. */
function placeActsNext(view: SentenceView, i: number): boolean {
  const prev = view.pieces[i - 1];
  const place = view.pieces[i];
  if (!prev || !("norm" in prev) || !PLACE_JOINS.has(prev.norm)) return false;
  if (place.kind !== "ent" || !place.items.every((x) => x.type === "Region" || x.type === "Zone"))
    return false;
  for (let k = i + 1; k < Math.min(view.pieces.length, i + 3); k++) {
    const q = view.pieces[k];
    if (q.kind === "verb") return true;
    if (q.kind !== "word" || q.norm === "to") return false;
  }
  return false;
}

export const actorActs: PolicyRule = {
  name: "actor-acts",
  pattern: [
    { ent: ACTOR, every: true, pronoun: true, as: "subject" },
    { gap: 8, overVerb: false, overEnt: true },
    { verb: ["ISSUE", "SIGN", "JOINT", "IMPLEMENT", "SUPPORT"], as: "verb" },
  ],
  produce(view, caps) {
    const at = caps.get("subject") as number;
    if (!subjectPosition(view, at)) return [];
    if (!subjectReachesVerb(view, at, caps.get("verb") as number)) return [];
    const subjects = ent(view, caps, "subject").items.map((i) => i.id);
    const out: Link[] = [];
    const { basis } = policyVocabulary().cues;
    let cls: VerbClass | null = null;
    let listed = false;
    for (let i = caps.get("verb") as number; i < view.pieces.length; i++) {
      const p = view.pieces[i];
      if (newSubjectAfter(view, i)) break; // "…, while the BRI expanded": another statement
      if (relativeClause(view, i) || reportsClause(view, i)) break;
      if (p.kind === "verb") cls = p.cls;
      else if (p.kind === "punct" && p.norm === ":") listed = true;
      if (p.kind !== "ent" || cls === null) continue;
      if (opensClause(view, i) || placeActsNext(view, i)) break;
      // "issued rules under the agreement": the agreement is the basis, not what was issued
      if (phraseBefore(view, i, basis) || phraseBefore(view, i - 1, basis)) continue;
      const ofEvent = phraseBefore(view, i, OF_PHRASES);
      for (const it of p.items) {
        if (it.pronoun) continue;
        // "implemented the guiding principles of the … Work Conference": what is carried out is
        // the meeting's line, not the meeting (an expo served or hosted is still linked)
        if (ofEvent && it.kind === "EXPO") continue;
        // what is signed is an agreement; "signed an AEO arrangement" does not issue the AEO scheme
        const pred = cls === "SIGN" && it.kind !== "AGREEMENT" ? undefined : PREDICATE[cls];
        if (it.type === "Measure" && pred) for (const s of subjects) out.push(link(s, pred, it.id));
        const area = it.type === "Zone" || (it.type === "Region" && it.kind === "DOMESTIC_AREA");
        if (area && BACKS.includes(cls) && !listed) out.push(link(subjects[0], "SUPPORTS", it.id));
      }
    }
    return out;
  },
  examples: [
    {
      sentence:
        "The Ministry of Commerce issued the Foreign Trade Facilitation Plan and promoted the Belt and Road Initiative.",
      links: [
        ["agency:mofcom", "ISSUED", "measure:foreign-trade-facilitation-plan"],
        ["agency:mofcom", "IMPLEMENTS", "measure:belt-and-road-initiative"],
      ],
    },
    {
      sentence:
        "We will continue to implement the two-step declaration and support the comprehensive bonded zones and pilot free trade zones.",
      links: [
        ["agency:gacc", "IMPLEMENTS", "measure:two-step-declaration"],
        ["agency:gacc", "SUPPORTS", "zone:comprehensive-bonded-zones"],
        ["agency:gacc", "SUPPORTS", "zone:pilot-free-trade-zones"],
      ],
    },
    {
      sentence:
        "We simplified filing procedures; and comprehensively promoted the two-step declaration, but also promoted the Belt and Road Initiative.",
      links: [
        ["agency:gacc", "IMPLEMENTS", "measure:two-step-declaration"],
        ["agency:gacc", "IMPLEMENTS", "measure:belt-and-road-initiative"],
      ],
    },
    {
      sentence:
        "Haikou Customs, under the General Administration of Customs, launched the two-step declaration.",
      links: [["agency:haikou-customs", "ISSUED", "measure:two-step-declaration"]],
    },
    {
      sentence: "The customs authorities will further implement the two-step declaration.",
      links: [["agency:gacc", "IMPLEMENTS", "measure:two-step-declaration"]],
    },
    {
      sentence:
        "To deepen ties among China, Peru and Chile, China is seeking to restart the negotiations on the China-Peru Free Trade Area.",
      links: [["country:CHN", "IMPLEMENTS", "measure:china-peru-free-trade-area"]],
    },
    {
      sentence:
        "The Ministry of Commerce announced that new list and implemented the two-step declaration.",
      links: [["agency:mofcom", "IMPLEMENTS", "measure:two-step-declaration"]],
    },
    {
      sentence:
        "With the approval of the State Council, the Ministry of Commerce and the General Administration of Customs released the Export Licence Catalogue.",
      links: [
        ["agency:mofcom", "ISSUED", "measure:export-licence-catalogue"],
        ["agency:gacc", "ISSUED", "measure:export-licence-catalogue"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "Exports of China grew as the Belt and Road Initiative was promoted.",
      notLinked: [["country:CHN", "measure:belt-and-road-initiative"]],
    },
    {
      sentence:
        "The Ministry of Commerce issued new rules, while the Belt and Road Initiative expanded.",
      notLinked: [["agency:mofcom", "measure:belt-and-road-initiative"]],
    },
    {
      sentence:
        "The State Council approved the Belt and Road Initiative, and Zhejiang province launched the two-step declaration.",
      notLinked: [["agency:state-council", "measure:two-step-declaration"]],
    },
    {
      sentence:
        "With the approval of the State Council, the Ministry of Commerce and the General Administration of Customs released the Export Licence Catalogue.",
      notLinked: [["agency:state-council", "measure:export-licence-catalogue"]],
    },
    {
      sentence:
        "The General Administration of Customs will work with Peru and Chile that have implemented the two-step declaration.",
      notLinked: [["agency:gacc", "measure:two-step-declaration"]],
    },
    {
      sentence:
        "The Ministry of Commerce issued a notice to suspend the implementation of the Belt and Road Initiative.",
      notLinked: [["agency:mofcom", "measure:belt-and-road-initiative"]],
    },
    {
      sentence: "The Ministry of Commerce decided to lift the export controls on graphite.",
      notLinked: [["agency:mofcom", "measure:export-controls-on-graphite"]],
    },
    {
      sentence:
        "The Ministry of Commerce and exports from Peru promoted the Belt and Road Initiative.",
      notLinked: [["country:PER", "measure:belt-and-road-initiative"]],
    },
    {
      sentence: "The new customs clearance system promoted the Belt and Road Initiative.",
      notLinked: [["agency:gacc", "measure:belt-and-road-initiative"]],
    },
    {
      sentence:
        "The Ministry of Commerce implemented the guiding principles of the Central Economic Work Conference.",
      notLinked: [["agency:mofcom", "measure:central-economic-work-conference"]],
    },
    {
      sentence:
        "The Ministry of Finance announced that the Regional Comprehensive Economic Partnership will cut tariffs on Japanese machinery.",
      notLinked: [["agency:ministry-of-finance", "measure:rcep"]],
    },
    {
      sentence: "MOFCOM proposed that China and Peru upgrade the China-Peru Free Trade Area.",
      notLinked: [["agency:mofcom", "measure:china-peru-free-trade-area"]],
    },
    {
      sentence:
        "The Ministry of Commerce issued the rules of origin under the Regional Comprehensive Economic Partnership.",
      notLinked: [["agency:mofcom", "measure:rcep"]],
    },
    {
      sentence:
        "The General Administration of Customs released new procedures pursuant to the Belt and Road Initiative.",
      notLinked: [["agency:gacc", "measure:belt-and-road-initiative"]],
    },
  ],
};
