/**
 * One document's bytes → the contract object `trade-kg/extraction@1`.
 *
 * Why this is the only entry point: it fixes the order of the steps (decode, reduce HTML,
 * read the briefing layout, find mentions, then facts) so that every offset refers to the same
 * text, and it stays pure (no file system, no database): the CLI reads files, tests pass bytes.
 */
import { CONTRACT_ID, type Entity, type ExtractedDocument } from "../core/contract.js";
import { EXTRACTOR_ID } from "../core/version.js";
import { type AtomReading, atomsWithoutEntities } from "./atoms/index.js";
import { emittedFacts } from "./checks/index.js";
import { decodeText } from "./decode.js";
import {
  defaultReporterOf,
  readingOrder,
  speakerAgencies,
  titlePeriodOf,
} from "./document-parts.js";
import {
  buildEntities,
  documentMentions,
  type EntityInfo,
  type Gazetteer,
  type Mention,
  referenceGazetteer,
} from "./entities/index.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { readLayout } from "./layout/index.js";
import { readHtmlMeta } from "./metadata/html-meta.js";
import type { DocumentMetaInput } from "./metadata/meta-input.js";
import { type MetaSources, readsTextDate, resolveDocumentMeta } from "./metadata/resolve.js";
import { readTextDate } from "./metadata/text-date.js";
import { extractPolicyFacts } from "./policy/index.js";
import type { DocDate } from "./rules/index.js";
import { sha256Hex } from "./slug.js";
import { withDocumentTokens } from "./tokens.js";
import { readTradeFacts } from "./trade/index.js";

/** `meta`: the date, URL and title the caller or a sidecar states (metadata/meta-input.ts). */
export function extractDocument(
  bytes: Uint8Array,
  source: string,
  meta?: DocumentMetaInput,
): ExtractedDocument {
  return extractDocumentAndText(bytes, source, meta).extracted;
}

/**
 * The extraction and the text its offsets index, decoded once: ingestion stores the text so a
 * reader sees the whole document with every quote and mention at its offsets.
 */
export function extractDocumentAndText(
  bytes: Uint8Array,
  source: string,
  meta?: DocumentMetaInput,
): { extracted: ExtractedDocument; text: string } {
  const { decoded, isHtml, text } = readBytes(bytes, source);
  const sources = { input: meta, html: isHtml ? readHtmlMeta(decoded) : null };
  const docId = `doc:${sha256Hex(bytes).slice(0, 16)}`;
  return { extracted: extractFromText(text, source, docId, sources), text };
}

/** The text every offset of `extractDocument(bytes, source)` indexes (no extraction). */
export function documentText(bytes: Uint8Array, source: string): string {
  return readBytes(bytes, source).text;
}

/** Decoding, then HTML reduced to text: the one place the indexed text is made. */
function readBytes(bytes: Uint8Array, source: string) {
  const decoded = decodeText(bytes, source);
  const isHtml = looksLikeHtml(decoded);
  return { decoded, isHtml, text: isHtml ? htmlToText(decoded) : decoded };
}

/**
 * The pipeline on decoded text; offsets in the result index `text`. The text is tokenized once
 * for all layers (tokens.ts `withDocumentTokens`).
 */
export function extractFromText(
  text: string,
  source: string,
  docId: string,
  sources: MetaSources = {},
): ExtractedDocument {
  return withDocumentTokens(text, () => readDocument(text, source, docId, sources));
}

function readDocument(
  text: string,
  source: string,
  docId: string,
  sources: MetaSources,
): ExtractedDocument {
  const gazetteer = referenceGazetteer();
  const layout = readLayout(text);
  // one moment for both steps of the date's choice (a day boundary cannot fall between them)
  const now = new Date();
  // read right after the layout, whose metadata lines may have asked chrono already: its
  // parsers are then still in the processor's caches (a cold call costs several times more);
  // not read at all when the caller, a sidecar or the page dates the document
  const textDate = readsTextDate(sources, now) ? readTextDate(text) : { date: null };
  const { mentions, zoneLocations } = documentMentions(text, layout, gazetteer);
  // date, URL and title by the order of trust: caller, sidecar, HTML, the text, the URL
  const meta = resolveDocumentMeta(sources, { date: textDate.date, title: layout.title }, now);
  const date: DocDate | null = meta.date
    ? { year: Number(meta.date.slice(0, 4)), month: Number(meta.date.slice(5, 7)) }
    : null;
  const paragraphs = readingOrder(text, layout);
  // each trade sentence's atoms, by its start: the checks read a quote's figures from them
  const readings = new Map<number, AtomReading>();
  const tradeFacts = readTradeFacts({
    text,
    date,
    titlePeriod: titlePeriodOf(layout.title, date),
    defaultReporter: defaultReporterOf(text, layout, mentions),
    paragraphs: paragraphs.trade,
    mentions,
    entityInfo: entityInfoOf(gazetteer, mentions),
    readings,
  });
  const policyFacts = extractPolicyFacts(
    { text, gazetteer, speakerAgency: speakerAgencies(layout, mentions, gazetteer) },
    paragraphs.policy,
    mentions,
    zoneLocations,
  );
  // the ids the facts use, gathered without an array per fact
  const used: Array<string | null> = [];
  for (const f of tradeFacts) used.push(f.reporter, f.partner, f.commodity);
  for (const f of policyFacts) used.push(f.subject, f.object);
  const entities = listedEntities(mentions, used);
  const listed = new Set(entities.map((e) => e.id));
  const isListed = (id: string | null) => id === null || listed.has(id);
  return {
    contract: CONTRACT_ID,
    document: {
      id: docId,
      source,
      title: meta.title,
      date: meta.date,
      speakers: layout.speakers,
      extractor: EXTRACTOR_ID,
      url: meta.url,
      dateSource: meta.dateSource,
    },
    entities,
    tradeFacts: emittedFacts(
      tradeFacts.filter(
        (f) => isListed(f.reporter) && isListed(f.partner) && isListed(f.commodity),
      ),
      {
        documentMonth: meta.date ? meta.date.slice(0, 7) : null,
        sentenceAtoms: sentenceAtomsOf(readings),
      },
    ),
    policyFacts: policyFacts.filter((f) => isListed(f.subject) && isListed(f.object)),
  };
}

/**
 * An entity by id: the reference data's, else the first mention's (names no list holds). The
 * mentions are indexed once, on first need, not searched at every look-up.
 */
function entityInfoOf(gazetteer: Gazetteer, mentions: readonly Mention[]) {
  let byId: Map<string, EntityInfo> | null = null;
  return (id: string): EntityInfo | undefined => {
    const known = gazetteer.entities.get(id);
    if (known) return known;
    if (!byId) {
      byId = new Map();
      for (const m of mentions) if (!byId.has(m.entity.id)) byId.set(m.entity.id, m.entity);
    }
    return byId.get(id);
  };
}

/** A fact's sentence's atoms, from the trade layer's readings (a fact's evidence is a sentence it read). */
function sentenceAtomsOf(readings: ReadonlyMap<number, AtomReading>) {
  return (start: number) => {
    const reading = readings.get(start);
    return reading && atomsWithoutEntities(reading);
  };
}

/** The entities mentioned, and every other one a fact uses that the reference data knows. */
function listedEntities(mentions: Mention[], used: Array<string | null>): Entity[] {
  const gazetteer = referenceGazetteer();
  const entities = buildEntities(mentions);
  const listed = new Set(entities.map((e) => e.id));
  for (const id of new Set(used)) {
    const info = id === null || listed.has(id) ? undefined : gazetteer.entities.get(id);
    if (info) {
      entities.push(...buildEntities([], [info]));
      listed.add(info.id);
    }
  }
  return entities;
}
