/**
 * The work behind `timeSeries` and `topPartners`: entity arguments resolved (ids or names),
 * the series' variant chosen and reported, a ranking's overlaps found. Kept out of the
 * resolver so each query's steps read in one place.
 */
import type { GraphQLResolveInfo } from "graphql";
import { TradeKgError } from "../../core/errors.js";
import { partnerOverlaps } from "../../graph/reads/overlaps.js";
import type { TradeFactRow } from "../../graph/reads/rows.js";
import {
  chooseVariant,
  type SeriesSelector,
  type SeriesVariant,
  seriesPoints,
  seriesVariants,
} from "../../graph/reads/series.js";
import { METRIC_PROPERTY, topPartners } from "../../graph/reads/trade-facts.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { resolveEntityArgs } from "../common/entity-refs.js";
import type { ApiContext } from "../context.js";
import type { TimeSeriesArgs, TopPartnersArgs } from "./trade-fact.args.js";

function checkSpan(name: string, span: { start: string; end: string } | null | undefined): void {
  if (span && span.start > span.end) {
    throw new TradeKgError("BAD_USER_INPUT", `${name}.end: must not be before ${name}.start`);
  }
}

export type SeriesValue = ConnectionValue<TradeFactRow> & {
  months: number | null;
  unit: string | null;
  variants: (Omit<SeriesVariant, "unit"> & { unit: string | null })[];
};

/** The unit a caller asked for: `unit`, or for values the currency; null lets the data choose. */
function unitAsked(args: TimeSeriesArgs): string | null {
  if (args.unit) return args.unit;
  if (args.currency && args.metric === "VALUE") return args.currency;
  return null;
}

export async function seriesConnection(
  args: TimeSeriesArgs,
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<SeriesValue> {
  checkSpan("period", args.period);
  checkSpan("baseline", args.baseline);
  const refs = await resolveEntityArgs(context, {
    reporter: args.reporter,
    partner: args.partner,
    commodity: args.commodity,
  });
  const selector: SeriesSelector = {
    reporter: refs.reporter as string,
    partner: refs.partner,
    commodity: refs.commodity,
    flow: args.flow,
    metric: args.metric,
    segment: args.segment ?? null,
    baseline: args.baseline ?? null,
    changeOf: args.changeOf,
    period: args.period ?? null,
    months: args.months ?? null,
    unit: unitAsked(args),
  };
  const options = { counter: context.counter };
  const variants = await seriesVariants(context.db, selector, options);
  const pricedIn = args.metric === "PRICE" && !args.unit ? args.currency : null;
  const variant = chooseVariant(
    pricedIn ? variants.filter((v) => v.unit.startsWith(`${pricedIn}/`)) : variants,
    selector,
  );
  const slice = sliceOf(args);
  const property = METRIC_PROPERTY[args.metric] as keyof TradeFactRow;
  const empty = { rows: [], keys: [], hasNextPage: false };
  const page = variant
    ? await pageIfSelected(info, () => seriesPoints(context.db, selector, variant, slice, options))
    : empty;
  const connection = toConnection(
    page,
    slice,
    (row) => ({
      node: row,
      period: { start: row.periodStart, end: row.periodEnd },
      value: row[property] as number,
    }),
    async () => variant?.points ?? 0,
  );
  return Object.assign(connection, {
    months: variant?.months ?? null,
    unit: variant?.unit || null,
    variants: variants.map((v) => ({ ...v, unit: v.unit || null })),
  });
}

export async function partnerRanking(args: TopPartnersArgs, context: ApiContext) {
  checkSpan("period", args.period);
  const { reporter } = await resolveEntityArgs(context, { reporter: args.reporter });
  const options = { counter: context.counter };
  const ranking = await topPartners(
    context.db,
    {
      reporter: reporter as string,
      periodStart: args.period.start,
      periodEnd: args.period.end,
      flow: args.flow,
      by: args.by,
      currency: args.currency ?? null,
      limit: args.limit,
      types: args.types,
      kinds: args.kinds ?? null,
    },
    options,
  );
  const overlaps = await partnerOverlaps(
    context.db,
    ranking.map((r) => ({ id: r.partnerId, type: r.partnerType })),
    options,
  );
  const partners = await context.loaders.entity.loadMany(ranking.map((r) => r.partnerId));
  return ranking.map((r, i) => ({
    rank: i + 1,
    partner: partners[i],
    value: r.measure,
    fact: r.fact,
    overlapsWith: context.loaders.entity.loadMany(overlaps[i].overlapsWith),
    membersKnown: overlaps[i].membersKnown,
  }));
}
