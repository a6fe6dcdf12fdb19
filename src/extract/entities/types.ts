/**
 * The types every entity layer shares: reference entities, candidates, settled mentions and
 * the rules that make them, each with its own examples.
 *
 * Why one module: the layers (gazetteer → shapes → settle → readings after settling → the
 * contract's entity list) pass these values along; a rule is data plus a small function, and
 * its examples run as tests (test/extract/entities).
 */
import type { EntityCodes, EntityType } from "../../core/contract.js";
import type { Range } from "../sentences.js";

export interface EntityInfo {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  codes: EntityCodes;
  /** province-level members (regions) or the province a city lies in */
  members?: string[];
  province?: string;
  /** for a zone category: the kind of its members */
  memberKind?: string;
}

/** A possible mention before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  entity: EntityInfo;
  /** from a shape rule (a gazetteer match of the same span wins) */
  shape: boolean;
  /** the rule that proposed it ("gazetteer" for reference names) */
  rule: string;
}

export interface Mention {
  start: number;
  end: number;
  surface: string;
  entity: EntityInfo;
  /** inside a longer mention */
  nested: boolean;
  /** the rule that made it ("gazetteer", a shape rule, "acronym", …) */
  source?: string;
}

export interface ZoneLocation {
  zone: string;
  region: string;
  evidence: Range;
}

export interface MentionIndex {
  mentions: Mention[];
  /** zones listed with the province they lie in ("... zones in Yangling in Shaanxi province") */
  zoneLocations: ZoneLocation[];
}

/** `find` is a mention the rule makes in `in` (with that type, and that id when given). */
export interface EntityExample {
  in: string;
  find: string;
  type: EntityType;
  id?: string;
}

/** No mention the rule makes overlaps `not` in `in`. */
export interface EntityCounterExample {
  in: string;
  not: string;
}

interface Examples {
  name: string;
  examples: readonly EntityExample[];
  counterExamples: readonly EntityCounterExample[];
}

/** A name found by its shape in a stretch of one line. */
export interface ShapeRule extends Examples {
  find(text: string, from: number, to: number): Candidate[];
}

/** What a rule after settling sees: the line, its settled mentions and the reference names. */
export interface LineReading {
  text: string;
  line: Range;
  mentions: Mention[];
  lookup(surface: string): EntityInfo | undefined;
  /** where a rule reads that a zone lies in a region, it says so here */
  zoneLocations?: ZoneLocation[];
  /** the people the layout names (speakers, officials of the roster) */
  persons?: readonly string[];
}

/**
 * A reading of a settled line: adds names the mentions around them reveal ("coconuts" after
 * "products such as"), or drops mentions that are no entity (a dateline's place). Examples of
 * a dropping rule: `find` is kept; counter-examples: nothing is left over `not`.
 */
export interface LineRule extends Examples {
  /** it drops mentions: its examples are kept mentions of any rule, its counter-examples none */
  drops?: boolean;
  /** it renames mentions other rules made: its examples are mentions of any rule */
  renames?: boolean;
  apply(reading: LineReading): Mention[];
}
