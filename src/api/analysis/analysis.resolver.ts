/**
 * Analysts' fields: `cypher` runs read-only Cypher (src/graph/analyst-cypher.ts says how it
 * is kept read-only) and `exportSubgraph` returns a small subgraph as node-link JSON. Larger
 * subgraphs belong to GET /export, which streams; past MAX_EXPORT_ELEMENTS this field stops
 * reading and says so.
 */
import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import { parseSelection } from "../../export/selection.js";
import { stringTextSink } from "../../export/text-sink.js";
import { nodeLinkWriter } from "../../export/writers/node-link.js";
import { runAnalystQuery } from "../../graph/analyst-cypher.js";
import { streamSubgraph } from "../../graph/subgraph.js";
import type { ApiContext } from "../context.js";
import { CypherArgs, ExportSubgraphArgs } from "./analysis.args.js";
import { CypherResult, SubgraphExport } from "./analysis.type.js";
import { RequireCypherAccess } from "./cypher-access.js";
import { MAX_EXPORT_ELEMENTS } from "./limits.js";

@Resolver()
export class AnalysisResolver {
  @Query(() => CypherResult, {
    description:
      "Run a read-only Cypher query (writes, LOAD CSV, SHOW commands, procedures outside an allow-list and the like are refused with CYPHER_REFUSED). Under TRADE_KG_CYPHER=key (the default) it needs the API key in the x-api-key header; under off it is refused with CYPHER_DISABLED.",
  })
  @UseMiddleware(RequireCypherAccess)
  async cypher(
    @Args(() => CypherArgs) args: CypherArgs,
    @Ctx() context: ApiContext,
  ): Promise<CypherResult> {
    return runAnalystQuery(context.db, args.query, args.params ?? {}, {
      rowLimit: args.limit,
      timeoutMs: args.timeoutMs,
      counter: context.counter,
    });
  }

  @Query(() => SubgraphExport, {
    description: `A subgraph as node-link JSON, for selections of up to ${MAX_EXPORT_ELEMENTS} nodes and edges; GET /export streams larger ones in every format.`,
  })
  async exportSubgraph(
    @Args(() => ExportSubgraphArgs) args: ExportSubgraphArgs,
    @Ctx() context: ApiContext,
  ): Promise<SubgraphExport> {
    const selection = parseSelection({
      center: args.center,
      hops: args.hops ?? null,
      document: args.document,
      types: args.types ?? null,
      edges: args.edges ?? null,
      period: args.period ?? null,
      from: args.from,
      to: args.to,
      flow: args.flow,
      view: args.view,
      includeGroups: args.includeGroups,
    });
    const sink = stringTextSink();
    const writer = nodeLinkWriter(sink, { name: "trade-kg", view: selection.view });
    let elements = 0;
    const guard = () => {
      elements += 1;
      if (elements > MAX_EXPORT_ELEMENTS) {
        throw new TradeKgError(
          "BAD_USER_INPUT",
          `the selection has more than ${MAX_EXPORT_ELEMENTS} nodes and edges: narrow it (center, hops, types, edges, from/to) or stream it from GET /export`,
        );
      }
    };
    const counts = await streamSubgraph(
      context.db,
      selection,
      {
        selected: (info) => writer.start(info),
        node: (node) => {
          guard();
          return writer.node(node);
        },
        edge: (edge) => {
          guard();
          return writer.edge(edge);
        },
      },
      { counter: context.counter },
    );
    await writer.finish();
    return {
      nodeCount: counts.nodes,
      edgeCount: counts.edges,
      nodeLink: JSON.parse(sink.text()) as Record<string, unknown>,
    };
  }
}
