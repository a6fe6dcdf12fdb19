/**
 * The document-level readings the layers need besides the text: whose trade the document is
 * about, what period its title names, which agency each official speaks for, and its
 * paragraphs in reading order (with their speaker and whether they are questions).
 *
 * Why apart from the entry point: each is a small pure reading of the layout and mentions; the
 * entry point only wires them, so that every step has one home.
 */
import type { Period } from "../core/contract.js";
import type { Gazetteer, Mention } from "./entities/index.js";
import { CHINA } from "./frames/entity-roles.js";
import type { BriefingLayout } from "./layout/index.js";
import type { PolicySentence } from "./policy/index.js";
import { composeNodes, type DocDate, readAtoms, resolvePeriod } from "./rules/index.js";
import { type Range, splitSentences } from "./sentences.js";
import type { TradeParagraph } from "./trade/index.js";

const AREA_KINDS = new Set(["PROVINCE", "MUNICIPALITY", "CITY", "DOMESTIC_AREA"]);

/**
 * A report whose headline (or the site line above it: "Shenzhen Government Online") names one
 * province, city or area, and no country, measures that area. The headline is the first line
 * of words: page furniture before it ("1. 1", "Home / News") names nothing.
 */
export function defaultReporterOf(
  text: string,
  layout: BriefingLayout,
  mentions: readonly Mention[],
): string {
  const top = layout.lines.slice(0, HEADLINE_SEARCH);
  const headline = top.find((l) => hasWords(text, l, HEADLINE_WORDS));
  if (!headline) return CHINA;
  const end = headline.end;
  const named = mentions.filter((m) => m.end <= end);
  const areas = new Set(
    named
      .filter((m) => m.entity.type === "Region" && AREA_KINDS.has(m.entity.kind ?? ""))
      .map((m) => m.entity.id),
  );
  return areas.size === 1 && !named.some((m) => m.entity.type === "Country")
    ? [...areas][0]
    : CHINA;
}

/** how many lines from the top may hold the headline, and how many words make one */
const HEADLINE_SEARCH = 6;
const HEADLINE_WORDS = 4;
const WORD = /\p{L}{2,}/gu;

/**
 * Whether the line holds `n` words of two letters or more, searched in place and no further
 * than the n-th (a line is a trimmed range: no run of letters crosses its ends).
 */
function hasWords(text: string, line: Range, n: number): boolean {
  WORD.lastIndex = line.start;
  let found = 0;
  for (let m = WORD.exec(text); m !== null && m.index < line.end; m = WORD.exec(text))
    if (++found >= n) return true;
  return false;
}

/** The period the title states ("… in the first half"), resolved against the document date. */
export function titlePeriodOf(title: string | null, date: DocDate | null): Period | null {
  if (!title) return null;
  const node = composeNodes(readAtoms(title)).find((n) => n.kind === "Period" && !n.value.baseline);
  return node?.kind === "Period" ? resolvePeriod(node.value, date) : null;
}

/** The agency each official speaks for: the first known body named in their roster line. */
export function speakerAgencies(
  layout: BriefingLayout,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of layout.roster) {
    const inRole = mentions.filter(
      (m) => m.start >= r.role.start && m.end <= r.role.end && m.entity.type === "Agency",
    );
    const known = inRole.find((m) => gazetteer.entities.has(m.entity.id)) ?? inRole[0];
    if (known) out.set(r.name, known.entity.id);
  }
  return out;
}

/** Every paragraph of every turn, in reading order, for the trade and the policy layers. */
export function readingOrder(
  text: string,
  layout: BriefingLayout,
): { trade: TradeParagraph[]; policy: PolicySentence[] } {
  const trade: TradeParagraph[] = [];
  const policy: PolicySentence[] = [];
  let lineIndex = 0;
  for (const turn of layout.turns) {
    // turns and lines are both in text order: walk them together
    while (lineIndex < layout.lines.length && layout.lines[lineIndex].start < turn.start)
      lineIndex++;
    for (let i = lineIndex; i < layout.lines.length && layout.lines[i].end <= turn.end; i++) {
      const line: Range = layout.lines[i];
      const sentences = splitSentences(text, line);
      trade.push({ sentences, speaker: turn.speaker, fromFloor: turn.fromFloor });
      for (const s of sentences) {
        const previous = s.start > line.start ? { start: line.start, end: s.start } : null;
        policy.push({ start: s.start, end: s.end, speaker: turn.speaker, previous });
      }
    }
  }
  return { trade, policy };
}
