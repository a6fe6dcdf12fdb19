/**
 * What one sentence's pieces hold, as sets (entity types, verb and adverb classes, words), so
 * that a rule whose pattern needs something the sentence lacks is skipped before matching.
 *
 * Why: every rule runs on every sentence, and most sentences hold the verb, word or entity
 * type of only a few rules. The test is a necessary condition of a match (each step of a
 * pattern other than a gap must fit some piece), so skipping never changes what is found.
 */
import type { EntityType } from "../../core/contract.js";
import type { Step } from "./pattern.js";
import type { Piece } from "./types.js";
import type { VerbClass } from "./vocabulary.js";

export interface Presence {
  types: Set<EntityType>;
  verbs: Set<VerbClass>;
  adverbs: Set<VerbClass>;
  /** norms of word and punctuation pieces */
  norms: Set<string>;
  /** an entity piece without items (an `every` step fits it vacuously) */
  emptyEnt: boolean;
}

export function presenceOf(pieces: readonly Piece[]): Presence {
  const out: Presence = {
    types: new Set(),
    verbs: new Set(),
    adverbs: new Set(),
    norms: new Set(),
    emptyEnt: false,
  };
  for (const p of pieces) {
    if (p.kind === "ent") {
      if (p.items.length === 0) out.emptyEnt = true;
      for (const it of p.items) out.types.add(it.type);
    } else if (p.kind === "verb") out.verbs.add(p.cls);
    else if (p.kind === "adverb") out.adverbs.add(p.cls);
    else out.norms.add(p.norm);
  }
  return out;
}

/** False when no piece can fit `step`; true when one may. */
function mayFit(step: Step, has: Presence): boolean {
  if ("anyOf" in step) return step.anyOf.some((s) => mayFit(s, has));
  if ("ent" in step) return (step.every === true && has.emptyEnt) || anyIn(step.ent, has.types);
  if ("verb" in step) return anyIn(step.verb, has.verbs);
  if ("adverb" in step) return anyIn(step.adverb, has.adverbs);
  if ("words" in step) return anyIn(step.words, has.norms);
  return true;
}

function anyIn<T>(wanted: readonly T[], present: ReadonlySet<T>): boolean {
  for (const w of wanted) if (present.has(w)) return true;
  return false;
}

/** False when the pattern cannot match these pieces (some step fits none of them). */
export function mayMatch(steps: readonly Step[], has: Presence): boolean {
  for (const s of steps) if (!mayFit(s, has)) return false;
  return true;
}
