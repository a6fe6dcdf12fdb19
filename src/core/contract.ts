/**
 * The extraction contract `trade-kg/extraction@1` as TypeScript types.
 *
 * Why here: the extractor produces these, ingestion stores them and the API and exports
 * read them back, so they are the one vocabulary every layer shares. They mirror
 * ../shared/contract/EXTRACTION.md field for field; nothing else of ours is imported.
 */

export const CONTRACT_ID = "trade-kg/extraction@1" as const;

export const ENTITY_TYPES = [
  "Country",
  "Region",
  "Zone",
  "Commodity",
  "Agency",
  "Measure",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FLOWS = ["TOTAL", "EXPORT", "IMPORT", "BALANCE"] as const;
export type Flow = (typeof FLOWS)[number];

export const SEGMENT_DIMENSIONS = [
  "ENTERPRISE_TYPE",
  "TRADE_MODE",
  "CHANNEL",
  "TRANSPORT_MODE",
] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export const PREDICATES = [
  "ISSUED",
  "IMPLEMENTS",
  "APPLIES_TO",
  "COOPERATES_WITH",
  "PART_OF",
  "SUPPORTS",
] as const;
export type Predicate = (typeof PREDICATES)[number];

export const CURRENCIES = ["CNY", "USD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** `country:CHN`, `region:asean`, … */
export type EntityId = string;

export interface Span {
  start: number;
  end: number;
}

/** A quote must equal text.slice(start, end) of the decoded document. */
export interface Evidence extends Span {
  quote: string;
}

export interface EntityCodes {
  iso3?: string;
  iso2?: string;
  m49?: string;
  iso3166_2?: string;
  hs?: string;
}

export interface Entity {
  id: EntityId;
  type: EntityType;
  name: string;
  kind: string | null;
  codes: EntityCodes;
  aliases: string[];
  mentions: Span[];
}

/** Inclusive months, `YYYY-MM`. */
export interface Period {
  start: string;
  end: string;
}

export interface Money {
  amount: number;
  currency: Currency;
}

export interface Quantity {
  amount: number;
  unit: string;
}

export interface Price {
  amount: number;
  currency: string;
  per: string;
}

export interface Segment {
  dimension: SegmentDimension;
  value: string;
}

export interface TradeFact {
  id: string;
  reporter: EntityId;
  partner: EntityId | null;
  commodity: EntityId | null;
  flow: Flow;
  segment: Segment | null;
  period: Period;
  value: Money | null;
  quantity: Quantity | null;
  price: Price | null;
  changePct: number | null;
  baseline: Period | null;
  sharePct: number | null;
  evidence: Evidence;
  speaker: string | null;
  /** other sentences of the document stating this fact's figures (optional in the contract) */
  moreEvidence?: Evidence[];
  /** what `changePct` measures (optional in the contract) */
  changeOf?: "VALUE" | "QUANTITY" | "PRICE";
  /** the extractor's own confidence, 0..1 (src/extract/checks); optional in the contract */
  confidence?: number;
}

export interface PolicyFact {
  id: string;
  subject: EntityId;
  predicate: Predicate;
  object: EntityId;
  evidence: Evidence;
  speaker: string | null;
}

/** Where `document.date` came from, most trusted first (contract field `dateSource`). */
export const DATE_SOURCES = ["CALLER", "SIDECAR", "HTML", "TEXT", "URL", "NONE"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface DocumentInfo {
  /** "doc:" + first 16 hex chars of sha256(file bytes) */
  id: string;
  source: string;
  title: string | null;
  /** YYYY-MM-DD or null */
  date: string | null;
  speakers: string[];
  extractor: string;
  /** optional: where it was published, when known */
  url?: string | null;
  /** optional: where `date` came from */
  dateSource?: DateSource;
}

export interface ExtractedDocument {
  contract: typeof CONTRACT_ID;
  document: DocumentInfo;
  entities: Entity[];
  tradeFacts: TradeFact[];
  policyFacts: PolicyFact[];
}
