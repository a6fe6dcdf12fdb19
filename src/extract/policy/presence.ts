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

/** What one step needs of a sentence: any of these (an `anyOf` step unites its options). */
interface Need {
  always: boolean;
  types: EntityType[];
  /** an `every` entity step also fits an entity piece without items */
  emptyEnt: boolean;
  verbs: VerbClass[];
  adverbs: VerbClass[];
  words: string[];
}

function needOf(step: Step, need: Need): Need {
  if ("anyOf" in step) for (const s of step.anyOf) needOf(s, need);
  else if ("ent" in step) {
    need.types.push(...step.ent);
    if (step.every === true) need.emptyEnt = true;
  } else if ("verb" in step) need.verbs.push(...step.verb);
  else if ("adverb" in step) need.adverbs.push(...step.adverb);
  else if ("words" in step) need.words.push(...step.words);
  else need.always = true;
  return need;
}

const NEEDS = new WeakMap<readonly Step[], Need[]>();

function needsOf(steps: readonly Step[]): Need[] {
  let needs = NEEDS.get(steps);
  if (!needs) {
    const empty = () => ({
      always: false,
      types: [],
      emptyEnt: false,
      verbs: [],
      adverbs: [],
      words: [],
    });
    needs = steps.map((s) => needOf(s, empty())).filter((n) => !n.always);
    NEEDS.set(steps, needs);
  }
  return needs;
}

function anyIn<T>(wanted: readonly T[], present: ReadonlySet<T>): boolean {
  for (const w of wanted) if (present.has(w)) return true;
  return false;
}

/** False when the pattern cannot match these pieces (some step fits none of them). */
export function mayMatch(steps: readonly Step[], has: Presence): boolean {
  for (const n of needsOf(steps)) {
    const met =
      (n.emptyEnt && has.emptyEnt) ||
      anyIn(n.types, has.types) ||
      anyIn(n.verbs, has.verbs) ||
      anyIn(n.adverbs, has.adverbs) ||
      anyIn(n.words, has.norms);
    if (!met) return false;
  }
  return true;
}
