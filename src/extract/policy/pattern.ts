/**
 * A pattern is a short sequence of steps over typed pieces (entity groups, verb classes,
 * words, punctuation, bounded gaps), in the manner of spaCy's Matcher: rules say what they
 * look for, not how to scan characters.
 *
 * Why gaps are bounded and never cross an entity unless told: a link's two ends must be in
 * one phrase; a gap that could swallow another name would pair the wrong two.
 *
 * Why patterns are compiled: a pattern runs on every sentence that may hold it, so its steps
 * are turned once (on first use, kept by pattern) into sets and a tag, and a step is tested
 * against a piece without searching arrays or probing the step's shape.
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

/** A compiled step's kind. */
const ENT = 0;
const VERB = 1;
const ADVERB = 2;
const WORDS = 3;
const GAP = 4;
const ANY_OF = 5;

/**
 * One step, compiled: its kind as a number and what it accepts as sets. Every step has every
 * field (unused ones empty), so that all compiled steps share one shape.
 */
interface Compiled {
  tag: number;
  /** entity types (ENT), verb or adverb classes (VERB, ADVERB), words and marks (WORDS) */
  accepts: Set<string>;
  kinds: Set<string> | null;
  notKinds: Set<string> | null;
  every: boolean;
  pronoun: boolean;
  gap: number;
  overEnt: boolean;
  overVerb: boolean;
  options: Compiled[];
  as: string | undefined;
}

function compiled(tag: number, accepts: Iterable<string>, as: string | undefined): Compiled {
  return {
    tag,
    accepts: new Set(accepts),
    kinds: null,
    notKinds: null,
    every: false,
    pronoun: false,
    gap: 0,
    overEnt: false,
    overVerb: false,
    options: [],
    as,
  };
}

function compileStep(step: Step): Compiled {
  if ("anyOf" in step) {
    const out = compiled(ANY_OF, [], step.as);
    out.options = step.anyOf.map(compileStep);
    return out;
  }
  if ("ent" in step) {
    const out = compiled(ENT, step.ent, step.as);
    out.kinds = step.kinds ? new Set(step.kinds) : null;
    out.notKinds = step.notKinds ? new Set(step.notKinds) : null;
    out.every = step.every === true;
    out.pronoun = step.pronoun === true;
    return out;
  }
  if ("verb" in step) return compiled(VERB, step.verb, step.as);
  if ("adverb" in step) return compiled(ADVERB, step.adverb, step.as);
  if ("words" in step) return compiled(WORDS, step.words, step.as);
  const out = compiled(GAP, [], step.as);
  out.gap = step.gap;
  out.overEnt = step.overEnt === true;
  out.overVerb = step.overVerb !== false;
  return out;
}

/** A pattern compiled (`compilePattern`), for a caller that matches it often. */
export type CompiledPattern = readonly Compiled[];

const COMPILED = new WeakMap<readonly Step[], CompiledPattern>();

export function compilePattern(steps: readonly Step[]): CompiledPattern {
  let out = COMPILED.get(steps);
  if (!out) {
    out = steps.map(compileStep);
    COMPILED.set(steps, out);
  }
  return out;
}

function compiledItemFits(step: Compiled, it: Item): boolean {
  if (!step.accepts.has(it.type)) return false;
  if (it.pronoun && !step.pronoun) return false;
  const k = it.kind ?? "";
  if (step.kinds !== null && !step.kinds.has(k)) return false;
  return step.notKinds === null || !step.notKinds.has(k);
}

function stepFits(step: Compiled, p: Piece): boolean {
  switch (step.tag) {
    case ENT: {
      if (p.kind !== "ent") return false;
      const items = p.items;
      if (step.every) {
        for (let i = 0; i < items.length; i++) if (!compiledItemFits(step, items[i])) return false;
        return true;
      }
      for (let i = 0; i < items.length; i++) if (compiledItemFits(step, items[i])) return true;
      return false;
    }
    case VERB:
      return p.kind === "verb" && step.accepts.has(p.cls);
    case ADVERB:
      return p.kind === "adverb" && step.accepts.has(p.cls);
    case WORDS:
      return (p.kind === "word" || p.kind === "punct") && step.accepts.has(p.norm);
    case ANY_OF:
      for (let i = 0; i < step.options.length; i++) if (stepFits(step.options[i], p)) return true;
      return false;
    default:
      return false;
  }
}

function gapPasses(step: Compiled, p: Piece): boolean {
  if (p.kind === "punct" && BREAK.has(p.norm)) return false;
  if (p.kind === "ent") return step.overEnt;
  if (p.kind === "verb") return step.overVerb;
  return true;
}

/** Match `steps` from piece `at`; shortest gaps first. */
function matchFrom(
  steps: CompiledPattern,
  k: number,
  pieces: Piece[],
  at: number,
  caps: Captures,
): boolean {
  if (k === steps.length) return true;
  const step = steps[k];
  if (step.tag === GAP) {
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
export function matchAll(pattern: Step[], pieces: Piece[]): Captures[] {
  return matchCompiled(compilePattern(pattern), pieces);
}

/**
 * Every match of a compiled pattern, left to right, one per start piece; `ents`, when given,
 * are the indexes of the entity pieces, in order (a pattern opening with a name starts only
 * there, and a sentence has few).
 */
export function matchCompiled(
  steps: CompiledPattern,
  pieces: Piece[],
  ents?: readonly number[],
): Captures[] {
  const out: Captures[] = [];
  const first = steps[0];
  const anywhere = first.tag === GAP;
  // most patterns open with a name: other pieces are passed over without a test
  const entFirst = first.tag === ENT;
  const starts = entFirst && ents !== undefined ? ents.length : pieces.length;
  // one map for the attempts (made at the first), emptied before each; a match keeps it and
  // the next attempt gets a new one
  let caps: Captures | null = null;
  for (let s = 0; s < starts; s++) {
    const i = entFirst && ents !== undefined ? ents[s] : s;
    if (entFirst && pieces[i].kind !== "ent") continue;
    if (!anywhere && !stepFits(first, pieces[i])) continue;
    if (caps === null) caps = new Map();
    else caps.clear();
    if (matchFrom(steps, 0, pieces, i, caps)) {
      out.push(caps);
      caps = null;
    }
  }
  return out;
}
