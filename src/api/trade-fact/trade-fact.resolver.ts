/**
 * Trade-fact queries (the filtered list, one time series, a partner ranking) and the fields
 * of a fact. A fact row carries its entities' ids and its evidence when the client selected
 * them (common/fact-selection.ts), so its entities cost one batched statement per level (the
 * entity loader) and its quote none.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import type { TradeFactRow } from "../../graph/reads/rows.js";
import {
  countTradeFacts,
  listTradeFacts,
  type TradeFactFilter,
} from "../../graph/reads/trade-facts.js";
import {
  type ConnectionValue,
  pageIfSelected,
  sliceOf,
  toConnection,
} from "../common/connection.js";
import { resolveEntityArgsAhead } from "../common/entity-refs.js";
import { connectionFactProjection } from "../common/fact-selection.js";
import type { ApiContext } from "../context.js";
import { Document, Evidence } from "../document/document.type.js";
import { Entity } from "../entity/entity.type.js";
import { partnerRanking, type SeriesValue, seriesConnection } from "./series.js";
import { TimeSeriesArgs, TopPartnersArgs, TradeFactsArgs } from "./trade-fact.args.js";
import type { TradeFactFilter as FilterInput } from "./trade-fact.input.js";
import {
  Money,
  PartnerRank,
  Period,
  Price,
  Quantity,
  Segment,
  TimeSeriesConnection,
  TradeFact,
  TradeFactConnection,
} from "./trade-fact.type.js";

/** The graph's filter, and the check that its entity ids exist. */
async function toFilter(
  input: FilterInput | null | undefined,
  context: ApiContext,
): Promise<{ filter: TradeFactFilter; verify: () => Promise<void> }> {
  const { period, ...rest } = input ?? {};
  if (period && (rest.periodFrom || rest.periodTo)) {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      "filter.period: give period or the deprecated periodFrom/periodTo, not both",
    );
  }
  const { ids: refs, verify } = await resolveEntityArgsAhead(context, {
    "filter.reporter": rest.reporter,
    "filter.partner": rest.partner,
    "filter.commodity": rest.commodity,
  });
  const filter: TradeFactFilter = {
    ...rest,
    reporter: refs["filter.reporter"],
    partner: refs["filter.partner"],
    commodity: refs["filter.commodity"],
    periodFrom: period?.start ?? rest.periodFrom ?? null,
    periodTo: period?.end ?? rest.periodTo ?? null,
    documentId: input?.document ?? null,
  };
  if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
    throw new TradeKgError(
      "BAD_USER_INPUT",
      period
        ? "filter.period.end: must not be before period.start"
        : "filter.periodTo: must not be before periodFrom",
    );
  }
  if (
    typeof filter.valueMin === "number" &&
    typeof filter.valueMax === "number" &&
    filter.valueMin > filter.valueMax
  ) {
    throw new TradeKgError("BAD_USER_INPUT", "filter.valueMax: must not be below valueMin");
  }
  return { filter, verify };
}

@Resolver(() => TradeFact)
export class TradeFactResolver {
  @Query(() => TradeFactConnection, {
    description:
      "Trade facts filtered by reporter, partner, commodity, flow, segment, period, value and document.",
  })
  async tradeFacts(
    @Args(() => TradeFactsArgs) args: TradeFactsArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<TradeFactRow>> {
    const { filter, verify } = await toFilter(args.filter, context);
    const order = args.orderBy ?? { field: "ID", direction: "ASC" };
    const slice = sliceOf(args, order.field === "ID" ? 1 : 2);
    const options = { counter: context.counter };
    const page = await pageIfSelected(info, () =>
      listTradeFacts(context.db, filter, order, slice, options, connectionFactProjection(info)),
    );
    // the list matches every entity of the filter: a row proves they all exist (an unknown
    // id must be NOT_FOUND, not an empty list)
    if (!page || page.rows.length === 0) await verify();
    return toConnection(
      page,
      slice,
      (row) => ({ node: row }),
      () => countTradeFacts(context.db, filter, options),
    );
  }

  @Query(() => TimeSeriesConnection, {
    description:
      "One series over time, never mixing unlike figures: the facts of one reporter, partner (or the world), commodity (or all goods), flow, segment (or none), metric, baseline (or year on year), unit and period length, in period order. The connection says which length and unit it chose and which others there were.",
  })
  async timeSeries(
    @Args(() => TimeSeriesArgs) args: TimeSeriesArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SeriesValue> {
    return seriesConnection(args, context, info);
  }

  @Query(() => [PartnerRank], {
    description:
      "A reporter's partners ranked by one number of their facts for one exact period and flow (all goods, no segment, year on year): countries and economic blocs unless `types` and `kinds` say otherwise; each row says which other rows it overlaps. A top-N list: bounded by `limit`, not paged.",
  })
  async topPartners(
    @Args(() => TopPartnersArgs) args: TopPartnersArgs,
    @Ctx() context: ApiContext,
  ) {
    return partnerRanking(args, context);
  }

  @FieldResolver(() => Period, { description: "The months the figure covers." })
  period(@Root() fact: TradeFactRow): Period {
    return { start: fact.periodStart, end: fact.periodEnd };
  }

  @FieldResolver(() => Money, { nullable: true, description: "The value traded, if stated." })
  value(@Root() fact: TradeFactRow): Money | null {
    return fact.valueAmount === null || fact.valueCurrency === null
      ? null
      : { amount: fact.valueAmount, currency: fact.valueCurrency };
  }

  @FieldResolver(() => Quantity, { nullable: true, description: "The quantity, if stated." })
  quantity(@Root() fact: TradeFactRow): Quantity | null {
    return fact.quantityAmount === null || fact.quantityUnit === null
      ? null
      : { amount: fact.quantityAmount, unit: fact.quantityUnit };
  }

  @FieldResolver(() => Price, { nullable: true, description: "The unit price, if stated." })
  price(@Root() fact: TradeFactRow): Price | null {
    return fact.priceAmount === null || fact.priceCurrency === null || fact.pricePer === null
      ? null
      : { amount: fact.priceAmount, currency: fact.priceCurrency, per: fact.pricePer };
  }

  @FieldResolver(() => Period, {
    nullable: true,
    description: "The period changePct compares with; null for year on year or no change.",
  })
  baseline(@Root() fact: TradeFactRow): Period | null {
    return fact.baselineStart && fact.baselineEnd
      ? { start: fact.baselineStart, end: fact.baselineEnd }
      : null;
  }

  @FieldResolver(() => Segment, {
    nullable: true,
    description: "The part of trade the figure covers; null: all of it.",
  })
  segment(@Root() fact: TradeFactRow): Segment | null {
    return fact.segmentDimension && fact.segmentValue
      ? { dimension: fact.segmentDimension, value: fact.segmentValue }
      : null;
  }

  @FieldResolver(() => Entity, { description: "Whose trade." })
  reporter(@Root() fact: TradeFactRow, @Ctx() context: ApiContext) {
    return context.loaders.entity.load(fact.reporterId);
  }

  @FieldResolver(() => Entity, { nullable: true, description: "With whom; null: the world." })
  partner(@Root() fact: TradeFactRow, @Ctx() context: ApiContext) {
    return fact.partnerId ? context.loaders.entity.load(fact.partnerId) : null;
  }

  @FieldResolver(() => Entity, { nullable: true, description: "In what; null: all goods." })
  commodity(@Root() fact: TradeFactRow, @Ctx() context: ApiContext) {
    return fact.commodityId ? context.loaders.entity.load(fact.commodityId) : null;
  }

  @FieldResolver(() => [Evidence], {
    description:
      "Every sentence stating the fact, in every document: the ones writing out most of its figures first (its amount above all), then by document id and place (a handful at most, so not paged).",
  })
  evidence(@Root() fact: TradeFactRow): Evidence[] {
    return fact.evidence;
  }

  @FieldResolver(() => String, {
    description:
      "The sentence behind the figure: the first of `evidence`, one writing out its amount.",
  })
  quote(@Root() fact: TradeFactRow): string {
    return fact.evidence[0]?.quote ?? "";
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: "The document of `quote` (the first of `evidence`).",
  })
  document(@Root() fact: TradeFactRow, @Ctx() context: ApiContext) {
    const first = fact.evidence[0];
    return first ? context.loaders.document.load(first.documentId) : null;
  }
}
