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

/** One step, compiled: what it accepts as sets, and its kind as a tag. */
type Compiled =
  | {
      tag: "ent";
      types: Set<string>;
      kinds: Set<string> | null;
      notKinds: Set<string> | null;
      every: boolean;
      pronoun: boolean;
      as?: string;
    }
  | { tag: "verb" | "adverb"; classes: Set<string>; as?: string }
  | { tag: "words"; words: Set<string>; as?: string }
  | { tag: "gap"; gap: number; overEnt: boolean; overVerb: boolean; as?: string }
  | { tag: "anyOf"; options: Compiled[]; as?: string };

function compileStep(step: Step): Compiled {
  if ("anyOf" in step) return { tag: "anyOf", options: step.anyOf.map(compileStep), as: step.as };
  if ("ent" in step)
    return {
      tag: "ent",
      types: new Set(step.ent),
      kinds: step.kinds ? new Set(step.kinds) : null,
      notKinds: step.notKinds ? new Set(step.notKinds) : null,
      every: step.every === true,
      pronoun: step.pronoun === true,
      as: step.as,
    };
  if ("verb" in step) return { tag: "verb", classes: new Set(step.verb), as: step.as };
  if ("adverb" in step) return { tag: "adverb", classes: new Set(step.adverb), as: step.as };
  if ("words" in step) return { tag: "words", words: new Set(step.words), as: step.as };
  return {
    tag: "gap",
    gap: step.gap,
    overEnt: step.overEnt === true,
    overVerb: step.overVerb !== false,
    as: step.as,
  };
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

function compiledItemFits(step: Extract<Compiled, { tag: "ent" }>, it: Item): boolean {
  if (!step.types.has(it.type)) return false;
  if (it.pronoun && !step.pronoun) return false;
  const k = it.kind ?? "";
  if (step.kinds !== null && !step.kinds.has(k)) return false;
  return step.notKinds === null || !step.notKinds.has(k);
}

function stepFits(step: Compiled, p: Piece): boolean {
  switch (step.tag) {
    case "ent": {
      if (p.kind !== "ent") return false;
      const items = p.items;
      if (step.every) {
        for (let i = 0; i < items.length; i++) if (!compiledItemFits(step, items[i])) return false;
        return true;
      }
      for (let i = 0; i < items.length; i++) if (compiledItemFits(step, items[i])) return true;
      return false;
    }
    case "verb":
    case "adverb":
      return p.kind === step.tag && step.classes.has(p.cls);
    case "words":
      return (p.kind === "word" || p.kind === "punct") && step.words.has(p.norm);
    case "anyOf":
      for (const s of step.options) if (stepFits(s, p)) return true;
      return false;
    default:
      return false;
  }
}

function gapPasses(step: Extract<Compiled, { tag: "gap" }>, p: Piece): boolean {
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
  if (step.tag === "gap") {
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
  const anywhere = first.tag === "gap";
  // most patterns open with a name: other pieces are passed over without a test
  const entFirst = first.tag === "ent";
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
