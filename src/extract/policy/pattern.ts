/**
 * A pattern is a short sequence of steps over typed pieces (entity groups, verb classes,
 * words, punctuation, bounded gaps), in the manner of spaCy's Matcher: rules say what they
 * look for, not how to scan characters.
 *
 * Why gaps are bounded and never cross an entity unless told: a link's two ends must be in
 * one phrase; a gap that could swallow another name would pair the wrong two.
 */
import type { EntityType } from "../../core/contract.js";
import type { Captures, Item, Piece } from "./types.js";
import type { VerbClass } from "./vocabulary.js";

export type Step =
  | {
      ent: EntityType[];
      /** allowed kinds (null kind counts as "") */
      kinds?: string[];
      notKinds?: string[];
      /** every item must pass, or (default) at least one */
      every?: boolean;
      /** may be "we" / a generic subject */
      pronoun?: boolean;
      as: string;
    }
  | { verb: VerbClass[]; as?: string }
  | { adverb: VerbClass[]; as?: string }
  | { words: string[]; as?: string }
  | { gap: number; overEnt?: boolean; overVerb?: boolean; as?: string }
  | { anyOf: Step[]; as?: string };

const BREAK = new Set([";", ".", "?", "!"]);

export function itemFits(step: Extract<Step, { ent: EntityType[] }>, it: Item): boolean {
  if (!step.ent.includes(it.type)) return false;
  if (it.pronoun && !step.pronoun) return false;
  const k = it.kind ?? "";
  if (step.kinds && !step.kinds.includes(k)) return false;
  if (step.notKinds?.includes(k)) return false;
  return true;
}

function stepFits(step: Step, p: Piece): boolean {
  if ("anyOf" in step) return step.anyOf.some((s) => stepFits(s, p));
  if ("ent" in step) {
    if (p.kind !== "ent") return false;
    return step.every
      ? p.items.every((i) => itemFits(step, i))
      : p.items.some((i) => itemFits(step, i));
  }
  if ("verb" in step) return p.kind === "verb" && step.verb.includes(p.cls);
  if ("adverb" in step) return p.kind === "adverb" && step.adverb.includes(p.cls);
  if ("words" in step)
    return (p.kind === "word" || p.kind === "punct") && step.words.includes(p.norm);
  return false;
}

function gapPasses(step: Extract<Step, { gap: number }>, p: Piece): boolean {
  if (p.kind === "punct" && BREAK.has(p.norm)) return false;
  if (p.kind === "ent") return step.overEnt === true;
  if (p.kind === "verb") return step.overVerb !== false;
  return true;
}

/** Match `steps` from piece `at`; shortest gaps first. */
function matchFrom(steps: Step[], k: number, pieces: Piece[], at: number, caps: Captures): boolean {
  if (k === steps.length) return true;
  const step = steps[k];
  if ("gap" in step) {
    for (let n = 0; n <= step.gap && at + n <= pieces.length; n++) {
      if (n > 0 && !gapPasses(step, pieces[at + n - 1])) return false;
      if (matchFrom(steps, k + 1, pieces, at + n, caps)) {
        if (step.as) caps.set(step.as, at);
        return true;
      }
    }
    return false;
  }
  if (at >= pieces.length || !stepFits(step, pieces[at])) return false;
  if (!matchFrom(steps, k + 1, pieces, at + 1, caps)) return false;
  if (step.as) caps.set(step.as, at);
  return true;
}

/** Every match of a pattern in a sentence's pieces, left to right, one per start piece. */
export function matchAll(steps: Step[], pieces: Piece[]): Captures[] {
  const out: Captures[] = [];
  const first = steps[0];
  // one map for the attempts, emptied before each; a match keeps it and the next gets a new one
  let caps: Captures = new Map();
  for (let i = 0; i < pieces.length; i++) {
    if (!("gap" in first) && !stepFits(first, pieces[i])) continue;
    caps.clear();
    if (matchFrom(steps, 0, pieces, i, caps)) {
      out.push(caps);
      caps = new Map();
    }
  }
  return out;
}
