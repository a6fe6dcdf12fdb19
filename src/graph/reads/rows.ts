/**
 * The shapes the read functions return, and the Cypher projections that produce them.
 *
 * Why one module: every read (a list, a batch for a DataLoader, a neighbourhood) must return
 * an entity, a fact or a link in the same shape, so the API maps one row type per GraphQL type
 * whatever query fetched it. Projections are map projections evaluated in the database, so a
 * fact arrives with its entity ids and evidence in the same statement that found it.
 */
import { type EntityType, type Flow, PREDICATES, type Predicate } from "../../core/contract.js";
import {
  evidenceWeight,
  type FactFigures,
  type FigureName,
  figuresStated,
} from "../../core/written-figures.js";

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
  /** Which of the fact's figures the sentence writes out (trade facts only). */
  states?: FigureName[];
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
  /** What changePct measures, when the extractor could tell. */
  changeOf: "VALUE" | "QUANTITY" | "PRICE" | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  sharePct: number | null;
  segmentDimension: string | null;
  segmentValue: string | null;
  reporterId: string;
  partnerId: string | null;
  commodityId: string | null;
  /**
   * Every sentence stating the fact, in every document: the sentences writing out most of its
   * figures first (its amount above all), then by document id and by place in the document.
   */
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
  evidence: [(f)-[s:STATED_IN]->(d) |
    s { .quote, .start, .end, .speaker, .moreQuotes, .moreStarts, .moreEnds, documentId: d.id }]
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

/** Each STATED_IN's sentences (its lead, then moreQuotes) as rows, in their stored order. */
function sentencesOf(statements: Props[]): EvidenceRow[] {
  return statements.flatMap((s) => {
    const base = { documentId: s.documentId as string, speaker: str(s.speaker) };
    const more = Array.isArray(s.moreQuotes) ? (s.moreQuotes as string[]) : [];
    const starts = (s.moreStarts as unknown[]) ?? [];
    const ends = (s.moreEnds as unknown[]) ?? [];
    return [
      { ...base, quote: s.quote as string, start: Number(s.start), end: Number(s.end) },
      ...more.map((quote, i) => ({
        ...base,
        quote,
        start: Number(starts[i]),
        end: Number(ends[i]),
      })),
    ];
  });
}

/** Sentences that show more of the fact first; ties by document, then the stored order. */
function orderEvidence(rows: EvidenceRow[], figures: FactFigures): EvidenceRow[] {
  return rows
    .map((row, i) => {
      const states = figuresStated(row.quote, figures);
      return { row: { ...row, states }, weight: evidenceWeight(states), i };
    })
    .sort(
      (a, b) =>
        b.weight - a.weight || a.row.documentId.localeCompare(b.row.documentId) || a.i - b.i,
    )
    .map(({ row }) => row);
}

export function toTradeFact(p: Props): TradeFactRow {
  const evidence = orderEvidence(sentencesOf((p.evidence as Props[]) ?? []), {
    value: num(p.valueAmount),
    quantity: num(p.quantityAmount),
    price: num(p.priceAmount),
    changePct: num(p.changePct),
    sharePct: num(p.sharePct),
  });
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
    changeOf: (str(p.changeOf) as TradeFactRow["changeOf"]) ?? null,
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
