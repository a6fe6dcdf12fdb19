/**
 * The typed boundary of policy extraction: sentences in, links out, and the shape of a rule.
 *
 * Why rules are objects with their own examples: a new phrasing is one rule in one file, with
 * the sentences it must and must not read, run as table tests (test/extract/policy).
 */
import type { EntityType, Predicate } from "../../core/contract.js";
import type { EntityInfo, Gazetteer, Mention } from "../entities/index.js";
import type { Range } from "../sentences.js";
import type { Token } from "../tokens.js";
import type { Step } from "./pattern.js";
import type { VerbClass } from "./vocabulary.js";

export interface PolicyContext {
  text: string;
  gazetteer: Gazetteer;
  /** agency id each official speaks for */
  speakerAgency: Map<string, string>;
}

export interface PolicySentence extends Range {
  speaker: string | null;
  /** the paragraph before this sentence */
  previous: Range | null;
}

/** One entity in a piece: a mention, or a pronoun standing for the speaker's agency. */
export interface Item {
  id: string;
  type: EntityType;
  kind: string | null;
  info: EntityInfo;
  start: number;
  end: number;
  /** "we", "customs authorities": only a subject, never an object */
  pronoun: boolean;
}

/**
 * A piece: every kind has every field (an entity piece's `norm` is "" and its `cls` null, a
 * word's `items` empty), so that all pieces share one shape and the matcher and the rules read
 * their fields without a look-up per shape. Made by `entPiece` and `wordPiece` alone.
 */
export type Piece = EntPiece | VerbPiece | WordPiece;

export interface EntPiece {
  kind: "ent";
  start: number;
  end: number;
  /** "" (an entity piece is no word) */
  norm: "";
  cls: null;
  items: Item[];
  /** joined by "together with", "along with": the list states a joint act */
  joint: boolean;
}

/** A verb phrase or an adverb, with its class. */
export interface VerbPiece {
  kind: "verb" | "adverb";
  start: number;
  end: number;
  norm: string;
  cls: VerbClass;
  /** none: only an entity piece holds items */
  items: readonly Item[];
  joint: false;
}

/** A word or a mark. */
export interface WordPiece {
  kind: "word" | "punct";
  start: number;
  end: number;
  norm: string;
  cls: null;
  items: readonly Item[];
  joint: false;
}

const NO_ITEMS: readonly Item[] = Object.freeze([]);

/** All pieces are made here, with their fields in one order (one shape). */
function piece(
  kind: Piece["kind"],
  start: number,
  end: number,
  norm: string,
  cls: VerbClass | null,
  items: readonly Item[],
  joint: boolean,
): Piece {
  return { kind, start, end, norm, cls, items, joint } as Piece;
}

export function entPiece(start: number, end: number, items: Item[], joint = false): EntPiece {
  return piece("ent", start, end, "", null, items, joint) as EntPiece;
}

export function verbPiece(
  kind: VerbPiece["kind"],
  start: number,
  end: number,
  norm: string,
  cls: VerbClass,
): VerbPiece {
  return piece(kind, start, end, norm, cls, NO_ITEMS, false) as VerbPiece;
}

export function wordPiece(kind: WordPiece["kind"], start: number, end: number, norm: string) {
  return piece(kind, start, end, norm, null, NO_ITEMS, false) as WordPiece;
}

export interface Link {
  subject: string;
  predicate: Predicate;
  object: string;
}

/** What a rule sees of one sentence. */
export interface SentenceView {
  text: string;
  range: Range;
  pieces: Piece[];
  /** every mention inside the sentence, nested ones included */
  mentions: Mention[];
  gazetteer: Gazetteer;
}

/** What a sentence names, before it is cut into pieces (a rule's `mayApply` reads it). */
export interface SentenceNames {
  text: string;
  /** the mentions not nested in another, by start (each an item of the pieces) */
  top: readonly Mention[];
  /** every mention inside the sentence, nested ones and anaphors included, by start */
  inside: readonly Mention[];
  tokens: readonly Token[];
}

export type Captures = Map<string, number>;

export interface Example {
  /** a sentence written for the test (never a corpus sentence) */
  sentence: string;
  /** links the sentence must give: [subject, predicate, object] */
  links: Array<[string, Predicate, string]>;
}

export interface CounterExample {
  sentence: string;
  /** pairs (either order) the sentence must not link */
  notLinked: Array<[string, string]>;
}

export interface PolicyRule {
  name: string;
  pattern: Step[];
  /** captures are piece indexes by step name */
  produce(view: SentenceView, captures: Captures): Link[];
  /**
   * A necessary condition on what the sentence names (a name's own mentions, a bloc with one
   * of its members): false when the rule gives nothing in the sentence, which then need not be
   * cut into pieces for it.
   */
  mayApply?(names: SentenceNames): boolean;
  examples: Example[];
  counterExamples: CounterExample[];
}

/** What a document-level rule sees: every sentence's mentions at once. */
export interface DocumentView {
  text: string;
  mentions: Mention[];
  gazetteer: Gazetteer;
  zoneLocations: Array<{ zone: string; region: string; evidence: Range }>;
}

/** A link stated by the document as a whole, with the range that states it. */
export interface DocumentLink extends Link {
  at: Range;
}

export interface DocumentRule {
  name: string;
  produce(doc: DocumentView): DocumentLink[];
  examples: Example[];
  counterExamples: CounterExample[];
}
