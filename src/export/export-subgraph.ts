/**
 * One export: a selection streamed from the graph into the writer of a format. Single-stream
 * formats (json, graphml, cypher) write to one sink; the csv bundle writes several files.
 */

import { EXTRACTOR_ID } from "../core/version.js";
import type { CallOptions, Database } from "../graph/database.js";
import {
  type SubgraphCounts,
  type SubgraphEdge,
  type SubgraphNode,
  type SubgraphSelection,
  streamSubgraph,
} from "../graph/subgraph.js";
import type { ExportFormat } from "./selection.js";
import type { TextSink } from "./text-sink.js";
import { cypherScriptWriter } from "./writers/cypher-script.js";
import { graphmlWriter } from "./writers/graphml.js";
import { type FileSinks, neo4jCsvWriter } from "./writers/neo4j-csv.js";
import { nodeLinkWriter } from "./writers/node-link.js";
import type { GraphWriter } from "./writers/writer.js";

export type ExportTarget = { kind: "stream"; sink: TextSink } | { kind: "files"; open: FileSinks };

export const CONTENT_TYPES: Record<Exclude<ExportFormat, "csv">, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/xml; charset=utf-8",
  cypher: "text/plain; charset=utf-8",
};

export async function exportSubgraph(
  db: Database,
  selection: SubgraphSelection,
  format: ExportFormat,
  target: ExportTarget,
  options: CallOptions = {},
): Promise<SubgraphCounts> {
  const writer = writerFor(format, target, selection);
  // The writer's opening (a JSON header, an XML prolog) waits until the selection is known to
  // name something stored: an unknown centre or document fails before any byte is written.
  const sink = {
    selected: () => writer.start(),
    node: (node: SubgraphNode) => writer.node(node),
    edge: (edge: SubgraphEdge) => writer.edge(edge),
  };
  const counts = await streamSubgraph(db, selection, sink, options);
  await writer.finish();
  return counts;
}

function writerFor(
  format: ExportFormat,
  target: ExportTarget,
  selection: SubgraphSelection,
): GraphWriter {
  if (format === "csv") {
    if (target.kind !== "files") throw new Error("the csv bundle is several files: give a folder");
    return neo4jCsvWriter(target.open);
  }
  if (target.kind !== "stream") throw new Error(`${format} is one file: give a stream`);
  switch (format) {
    case "json":
      return nodeLinkWriter(target.sink, {
        name: "trade-kg",
        exporter: EXTRACTOR_ID,
        view: selection.view,
      });
    case "graphml":
      return graphmlWriter(target.sink);
    case "cypher":
      return cypherScriptWriter(target.sink);
  }
}
