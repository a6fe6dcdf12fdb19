/**
 * One document's bytes → the contract object `trade-kg/extraction@1`.
 *
 * Why this is the only entry point: it fixes the order of the steps (decode, reduce HTML,
 * read the briefing layout, find mentions, then facts) so that every offset refers to the same
 * text, and it stays pure (no file system, no database): the CLI reads files, tests pass bytes.
 */
import { CONTRACT_ID, type Entity, type ExtractedDocument, type Period } from "../core/contract.js";
import { EXTRACTOR_ID } from "../core/version.js";
import { readLayout } from "./briefing.js";
import { emittedFacts } from "./checks/index.js";
import { decodeText } from "./decode.js";
import { buildEntities } from "./entities.js";
import { referenceGazetteer } from "./gazetteer.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { findMentions } from "./mentions.js";
import { readHtmlMeta } from "./metadata/html-meta.js";
import type { DocumentMetaInput } from "./metadata/meta-input.js";
import { type MetaSources, resolveDocumentMeta } from "./metadata/resolve.js";
import { readTextDate } from "./metadata/text-date.js";
import { type DateContext, findPeriods, UNKNOWN_DATE } from "./periods.js";
import { extractPolicyFacts, type PolicySentence } from "./policy/index.js";
import { composeNodes, readAtoms, resolvePeriod } from "./rules/index.js";
import { type Range, splitSentences } from "./sentences.js";
import { sha256Hex } from "./slug.js";
import { readTradeFacts, type TradeParagraph } from "./trade/index.js";
import { extractTurnFacts, mergeFacts, newDocTradeState, type Paragraph } from "./trade-facts.js";

/** `meta`: the date, URL and title the caller or a sidecar states (metadata/meta-input.ts). */
export function extractDocument(
  bytes: Uint8Array,
  source: string,
  meta?: DocumentMetaInput,
): ExtractedDocument {
  const decoded = decodeText(bytes, source);
  const isHtml = looksLikeHtml(decoded);
  const text = isHtml ? htmlToText(decoded) : decoded;
  const sources = { input: meta, html: isHtml ? readHtmlMeta(decoded) : null };
  return extractFromText(text, source, `doc:${sha256Hex(bytes).slice(0, 16)}`, sources);
}

/** The pipeline on decoded text; offsets in the result index `text`. */
export function extractFromText(
  text: string,
  source: string,
  docId: string,
  sources: MetaSources = {},
): ExtractedDocument {
  const gazetteer = referenceGazetteer();
  const layout = readLayout(text);
  const outlets = new Set(layout.outletLines.map((l) => l.start));
  const { mentions, zoneLocations } = findMentions(
    text,
    layout.lines.filter((l) => !outlets.has(l.start)),
    gazetteer,
  );
  // date, URL and title by the order of trust: caller, sidecar, HTML, the text, the URL
  const meta = resolveDocumentMeta(sources, { ...readTextDate(text), title: layout.title });
  const docDate = meta.date;
  const date: DateContext | null = docDate
    ? { year: Number(docDate.slice(0, 4)), month: Number(docDate.slice(5, 7)) }
    : null;
  // without a date only periods with their own year resolve (UNKNOWN_DATE)
  const defaultPeriod: Period | null = layout.title
    ? (findPeriods(layout.title, 0, layout.title.length, date ?? UNKNOWN_DATE).find(
        (p) => p.role === "period" && !p.years,
      )?.period ?? null)
    : null;

  // the agency each official speaks for: the first known body named in their roster line
  const speakerAgency = new Map<string, string>();
  for (const r of layout.roster) {
    const inRole = mentions.filter(
      (m) => m.start >= r.role.start && m.end <= r.role.end && m.entity.type === "Agency",
    );
    const known = inRole.find((m) => gazetteer.entities.has(m.entity.id)) ?? inRole[0];
    if (known) speakerAgency.set(r.name, known.entity.id);
  }
  // a report about one province or area measures that area's trade unless it says otherwise
  const titleLine = layout.lines[0];
  const inTitle = titleLine
    ? mentions.filter((m) => m.start >= titleLine.start && m.end <= titleLine.end)
    : [];
  const titleAreas = inTitle.filter(
    (m) =>
      m.entity.type === "Region" &&
      ["PROVINCE", "MUNICIPALITY", "CITY", "DOMESTIC_AREA"].includes(m.entity.kind ?? ""),
  );
  const defaultReporter =
    titleAreas.length === 1 && !inTitle.some((m) => m.entity.type === "Country")
      ? titleAreas[0].entity.id
      : "country:CHN";

  const tradeDrafts = [];
  const tradeParagraphs: TradeParagraph[] = [];
  const policySentences: PolicySentence[] = [];
  const docState = newDocTradeState();
  let lineIndex = 0;
  for (const turn of layout.turns) {
    // turns and lines are both in text order: walk them together
    while (lineIndex < layout.lines.length && layout.lines[lineIndex].start < turn.start)
      lineIndex++;
    const lines: Range[] = [];
    for (let i = lineIndex; i < layout.lines.length && layout.lines[i].end <= turn.end; i++)
      lines.push(layout.lines[i]);
    const paragraphs: Paragraph[] = lines.map((line) => ({
      line,
      sentences: splitSentences(text, line),
      speaker: turn.speaker,
    }));
    for (const p of paragraphs)
      tradeParagraphs.push({
        sentences: p.sentences,
        speaker: turn.speaker,
        fromFloor: turn.fromFloor,
      });
    tradeDrafts.push(
      ...extractTurnFacts(
        { text, date, defaultPeriod, gazetteer, defaultReporter },
        { paragraphs, fromFloor: turn.fromFloor },
        mentions,
        docState,
      ),
    );
    for (const p of paragraphs) {
      for (const s of p.sentences) {
        const previous: Range | null =
          s.start > p.line.start ? { start: p.line.start, end: s.start } : null;
        policySentences.push({ ...s, speaker: turn.speaker, previous });
      }
    }
  }
  const tradeFacts = process.env.TKG_NEW
    ? readTradeFacts({
        text,
        date,
        titlePeriod: titlePeriodOf(layout.title, date),
        defaultReporter,
        paragraphs: tradeParagraphs,
        mentions,
        entityInfo: (id) =>
          gazetteer.entities.get(id) ?? mentions.find((m) => m.entity.id === id)?.entity,
      })
    : mergeFacts(tradeDrafts);
  const policyFacts = extractPolicyFacts(
    { text, gazetteer, speakerAgency },
    policySentences,
    mentions,
    zoneLocations,
  );

  const entities: Entity[] = buildEntities(mentions);
  // every id a fact uses must be listed
  const listed = new Set(entities.map((e) => e.id));
  const used = [
    ...tradeFacts.flatMap((f) => [f.reporter, f.partner, f.commodity]),
    ...policyFacts.flatMap((f) => [f.subject, f.object]),
  ].filter((x): x is string => x !== null && !listed.has(x));
  for (const id of new Set(used)) {
    const info = gazetteer.entities.get(id);
    if (info) {
      entities.push(...buildEntities([], [info]));
      listed.add(id);
    }
  }
  return {
    contract: CONTRACT_ID,
    document: {
      id: docId,
      source,
      title: meta.title,
      date: docDate,
      speakers: layout.speakers,
      extractor: EXTRACTOR_ID,
      url: meta.url,
      dateSource: meta.dateSource,
    },
    entities,
    tradeFacts: emittedFacts(
      tradeFacts.filter(
        (f) =>
          listed.has(f.reporter) &&
          (f.partner === null || listed.has(f.partner)) &&
          (f.commodity === null || listed.has(f.commodity)),
      ),
      { documentMonth: docDate ? docDate.slice(0, 7) : null },
    ),
    policyFacts: policyFacts.filter((f) => listed.has(f.subject) && listed.has(f.object)),
  };
}

function titlePeriodOf(title: string | null, date: DateContext | null): Period | null {
  if (!title) return null;
  const node = composeNodes(readAtoms(title)).find((n) => n.kind === "Period" && !n.value.baseline);
  return node?.kind === "Period" ? resolvePeriod(node.value, date) : null;
}
