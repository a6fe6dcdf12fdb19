/**
 * One time series: the facts of one reporter, partner, commodity, flow, segment, metric,
 * baseline, unit and period length, in period order.
 *
 * Why so many keys: a line that joins a 6-month value to a 12-month one, a year-on-year change
 * to a change against 2019, or a value change to a volume change reads as a trend and is not
 * one. Every key is either given or fixed here: no segment and year on year unless asked; for
 * a change, what it measures (value unless asked); the period length and unit, when not
 * given, are the ones most of the matching facts share, among periods of at most a year
 * (longer, cumulative figures only when their length is asked for). `seriesVariants` tells
 * the caller which lengths and units there were to choose from.
 */
import type { Flow } from "../../core/contract.js";
import type { Database } from "../database.js";
import { limitParam, type Page, type ReadOptions, type Slice, toPage } from "./paging.js";
import { FACT_MAP, type TradeFactRow, toTradeFact } from "./rows.js";
import { METRIC_PROPERTY, type Metric } from "./trade-facts.js";

export interface SeriesSelector {
  reporter: string;
  /** null: trade with the world (facts with no partner). */
  partner: string | null;
  /** null: all goods (facts with no commodity). */
  commodity: string | null;
  flow: Flow;
  metric: Metric;
  /** null: facts about all of trade (no segment). */
  segment: { dimension: string; value: string } | null;
  /** null: year-on-year changes (facts with no baseline). */
  baseline: { start: string; end: string } | null;
  /** For CHANGE_PCT: what the change measures (facts that do not say are left out). */
  changeOf: "VALUE" | "QUANTITY" | "PRICE";
  /** Only facts inside this span of months; null: any. */
  period: { start: string; end: string } | null;
  /** Months each point covers; null: chosen (see above). */
  months: number | null;
  /** Currency of values and prices, unit of quantities; null: chosen. */
  unit: string | null;
}

/** Months a fact's period covers, computed from its YYYY-MM ends. */
export const MONTHS_OF_FACT = `(toInteger(substring(f.periodEnd, 0, 4)) * 12 + toInteger(substring(f.periodEnd, 5, 2))
  - toInteger(substring(f.periodStart, 0, 4)) * 12 - toInteger(substring(f.periodStart, 5, 2)) + 1)`;

/** The unit a metric's number is in: currency, quantity unit, currency per unit; '' for percents. */
const UNIT_OF_FACT: Record<Metric, string> = {
  VALUE: "f.valueCurrency",
  QUANTITY: "f.quantityUnit",
  PRICE: "f.priceCurrency + '/' + f.pricePer",
  CHANGE_PCT: "''",
  SHARE_PCT: "''",
};

/** The longest period a point has unless its length is asked for. */
export const MAX_DEFAULT_MONTHS = 12;

function seriesWhere(s: SeriesSelector): string {
  return [
    "f.flow = $flow",
    `f.${METRIC_PROPERTY[s.metric]} IS NOT NULL`,
    s.partner === null
      ? "NOT EXISTS { (f)-[:PARTNER]->() }"
      : "EXISTS { (f)-[:PARTNER]->(:Entity {id: $partner}) }",
    s.commodity === null
      ? "NOT EXISTS { (f)-[:COMMODITY]->() }"
      : "EXISTS { (f)-[:COMMODITY]->(:Entity {id: $commodity}) }",
    s.segment === null
      ? "f.segmentDimension IS NULL"
      : "f.segmentDimension = $segment.dimension AND f.segmentValue = $segment.value",
    s.baseline === null
      ? "f.baselineStart IS NULL"
      : "f.baselineStart = $baseline.start AND f.baselineEnd = $baseline.end",
    ...(s.metric === "CHANGE_PCT" ? ["f.changeOf = $changeOf"] : []),
    ...(s.period === null ? [] : ["f.periodStart >= $period.start AND f.periodEnd <= $period.end"]),
  ].join(" AND ");
}

export interface SeriesVariant {
  months: number;
  /** '' for percentages */
  unit: string;
  points: number;
}

/** The period lengths and units the selector's facts come in, most points first. */
export async function seriesVariants(
  db: Database,
  selector: SeriesSelector,
  options: ReadOptions = {},
): Promise<SeriesVariant[]> {
  const result = await db.read(
    `MATCH (f:TradeFact)-[:REPORTER]->(:Entity {id: $reporter})
     WHERE ${seriesWhere(selector)}
     WITH ${MONTHS_OF_FACT} AS months, ${UNIT_OF_FACT[selector.metric]} AS unit
     RETURN months, unit, count(*) AS points
     ORDER BY points DESC, months, unit`,
    { ...selector },
    options,
  );
  return result.records.map((r) => ({
    months: Number(r.get("months")),
    unit: (r.get("unit") as string | null) ?? "",
    points: Number(r.get("points")),
  }));
}

/** The variant a selector means: its months and unit if given, else the commonest. */
export function chooseVariant(
  variants: readonly SeriesVariant[],
  selector: Pick<SeriesSelector, "months" | "unit">,
): SeriesVariant | null {
  return (
    variants.find(
      (v) =>
        (selector.months === null
          ? v.months <= MAX_DEFAULT_MONTHS
          : v.months === selector.months) &&
        (selector.unit === null || v.unit === selector.unit),
    ) ?? null
  );
}

/** The points of one variant in period order; the key is "start/end/id" (fixed width). */
export async function seriesPoints(
  db: Database,
  selector: SeriesSelector,
  variant: SeriesVariant,
  slice: Slice,
  options: ReadOptions = {},
): Promise<Page<TradeFactRow>> {
  const key = "f.periodStart + '/' + f.periodEnd + '/' + f.id";
  const result = await db.read(
    `MATCH (f:TradeFact)-[:REPORTER]->(:Entity {id: $reporter})
     WHERE ${seriesWhere(selector)} AND ${MONTHS_OF_FACT} = $variant.months
       AND coalesce(${UNIT_OF_FACT[selector.metric]}, '') = $variant.unit
       ${slice.after ? `AND ${key} > $after` : ""}
     RETURN ${FACT_MAP} AS row
     ORDER BY ${key}
     LIMIT $limit`,
    {
      ...selector,
      variant: { months: variant.months, unit: variant.unit },
      after: slice.after?.[0] ?? null,
      limit: limitParam(slice.first),
    },
    options,
  );
  const rows = result.records.map((r) => toTradeFact(r.get("row")));
  return toPage(rows, (row) => [`${row.periodStart}/${row.periodEnd}/${row.id}`], slice.first);
}
