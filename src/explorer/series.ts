/**
 * Which series an entity's page charts: one per reporter, partner, commodity and flow among
 * its facts that carry a value, most facts first. The points themselves come from the API's
 * timeSeries, which never mixes units, period lengths, segments or baselines, so a chart
 * never joins unlike figures.
 */
import type { Fact, SeriesKey } from "./queries.js";

export const MAX_CHARTS = 12;

export interface SeriesCandidate {
  key: SeriesKey;
  label: string;
  facts: number;
}

export function seriesCandidates(facts: Fact[]): SeriesCandidate[] {
  const found = new Map<string, SeriesCandidate>();
  for (const fact of facts) {
    if (!fact.value) continue;
    const key: SeriesKey = {
      reporter: fact.reporter.id,
      partner: fact.partner?.id ?? null,
      commodity: fact.commodity?.id ?? null,
      flow: fact.flow,
    };
    const id = [key.reporter, key.partner, key.commodity, key.flow].join("|");
    const known = found.get(id);
    if (known) known.facts += 1;
    else found.set(id, { key, label: seriesLabel(fact), facts: 1 });
  }
  return [...found.values()].sort((a, b) => b.facts - a.facts || a.label.localeCompare(b.label));
}

function seriesLabel(fact: Fact): string {
  const partner = fact.partner ? ` with ${fact.partner.name}` : " with the world";
  const goods = fact.commodity ? `, ${fact.commodity.name}` : "";
  return `${fact.reporter.name}: ${fact.flow.toLowerCase()}${partner}${goods}`;
}
