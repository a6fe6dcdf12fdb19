/**
 * The shapes the read functions return, and the Cypher projections that produce them.
 *
 * Why one module: every read (a list, a batch for a DataLoader, a neighbourhood) must return
 * an entity, a fact or a link in the same shape, so the API maps one row type per GraphQL type
 * whatever query fetched it. Projections are map projections evaluated in the database, so a
 * fact arrives with its entity ids and evidence in the same statement that found it.
 */
import { type EntityType, type Flow, PREDICATES, type Predicate } from "../../core/contract.js";

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  aliases: string[];
  iso3: string | null;
  iso2: string | null;
  m49: string | null;
  iso3166_2: string | null;
  hs: string | null;
}

export interface EvidenceRow {
  documentId: string;
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface TradeFactRow {
  id: string;
  flow: Flow;
  periodStart: string;
  periodEnd: string;
  valueAmount: number | null;
  valueCurrency: string | null;
  quantityAmount: number | null;
  quantityUnit: string | null;
  priceAmount: number | null;
  priceCurrency: string | null;
  pricePer: string | null;
  changePct: number | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  sharePct: number | null;
  segmentDimension: string | null;
  segmentValue: string | null;
  reporterId: string;
  partnerId: string | null;
  commodityId: string | null;
  /** One per document stating the fact, ordered by document id. */
  evidence: EvidenceRow[];
}

export interface PolicyLinkRow {
  /** The contract's `pf:` id; the same link stated by two documents is two rows. */
  id: string;
  predicate: Predicate;
  subjectId: string;
  objectId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface DocumentRow {
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  dateSource: string | null;
  url: string | null;
  speakers: string[];
  extractor: string | null;
  ingestedAt: string | null;
  textLength: number | null;
}

/** `ISSUED|IMPLEMENTS|…`: the relationship types of policy links (a closed enum, never input). */
export const POLICY_REL_TYPES = PREDICATES.join("|");

/** Projection of an `:Entity` bound to `e`. */
export const ENTITY_MAP = "e { .* }";

/** Projection of a `:TradeFact` bound to `f`, with its entities' ids and its evidence. */
export const FACT_MAP = `f { .*,
  reporterId: [(f)-[:REPORTER]->(x) | x.id][0],
  partnerId: [(f)-[:PARTNER]->(x) | x.id][0],
  commodityId: [(f)-[:COMMODITY]->(x) | x.id][0],
  evidence: [(f)-[s:STATED_IN]->(d) | s { .quote, .start, .end, .speaker, documentId: d.id }]
}`;

/** Projection of a policy-link relationship bound to `r`. */
export const LINK_MAP =
  "r { .*, predicate: type(r), subjectId: startNode(r).id, objectId: endNode(r).id }";

/** Projection of a `:Document` bound to `d`. */
export const DOCUMENT_MAP = "d { .* }";

type Props = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

export function toEntity(p: Props): EntityRow {
  return {
    id: p.id as string,
    type: p.type as EntityType,
    name: (p.name as string) ?? (p.id as string),
    kind: str(p.kind),
    aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
    iso3: str(p.iso3),
    iso2: str(p.iso2),
    m49: str(p.m49),
    iso3166_2: str(p.iso3166_2),
    hs: str(p.hs),
  };
}

export function toTradeFact(p: Props): TradeFactRow {
  const evidence = ((p.evidence as Props[]) ?? [])
    .map((e) => ({
      documentId: e.documentId as string,
      quote: e.quote as string,
      start: Number(e.start),
      end: Number(e.end),
      speaker: str(e.speaker),
    }))
    .sort((a, b) => a.documentId.localeCompare(b.documentId));
  return {
    id: p.id as string,
    flow: p.flow as Flow,
    periodStart: p.periodStart as string,
    periodEnd: p.periodEnd as string,
    valueAmount: num(p.valueAmount),
    valueCurrency: str(p.valueCurrency),
    quantityAmount: num(p.quantityAmount),
    quantityUnit: str(p.quantityUnit),
    priceAmount: num(p.priceAmount),
    priceCurrency: str(p.priceCurrency),
    pricePer: str(p.pricePer),
    changePct: num(p.changePct),
    baselineStart: str(p.baselineStart),
    baselineEnd: str(p.baselineEnd),
    sharePct: num(p.sharePct),
    segmentDimension: str(p.segmentDimension),
    segmentValue: str(p.segmentValue),
    reporterId: p.reporterId as string,
    partnerId: str(p.partnerId),
    commodityId: str(p.commodityId),
    evidence,
  };
}

export function toPolicyLink(p: Props): PolicyLinkRow {
  return {
    id: p.id as string,
    predicate: p.predicate as Predicate,
    subjectId: p.subjectId as string,
    objectId: p.objectId as string,
    documentId: p.documentId as string,
    quote: (p.quote as string) ?? "",
    start: Number(p.start),
    end: Number(p.end),
    speaker: str(p.speaker),
  };
}

export function toDocument(p: Props): DocumentRow {
  return {
    id: p.id as string,
    source: p.source as string,
    title: str(p.title),
    date: str(p.date),
    dateSource: str(p.dateSource),
    url: str(p.url),
    speakers: Array.isArray(p.speakers) ? (p.speakers as string[]) : [],
    extractor: str(p.extractor),
    ingestedAt: str(p.ingestedAt),
    textLength: num(p.textLength),
  };
}
