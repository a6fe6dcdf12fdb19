/**
 * One export: a selection streamed from the graph into the writer of a format. Single-stream
 * formats (json, graphml, cypher) write to one sink; the bundles (tidy csv and parquet,
 * neo4j-csv) write several files: into a folder, or (tidy tables) as one zip for GET /export.
 */

import { EXTRACTOR_ID } from "../core/version.js";
import type { CallOptions, Database } from "../graph/database.js";
import {
  type SubgraphCounts,
  type SubgraphInfo,
  type SubgraphSelection,
  type SubgraphSink,
  streamSubgraph,
} from "../graph/subgraph.js";
import type { ExportFormat } from "./selection.js";
import type { ByteSink, TextSink } from "./text-sink.js";
import { cypherScriptWriter } from "./writers/cypher-script.js";
import { graphmlWriter } from "./writers/graphml.js";
import { type FileSinks, neo4jCsvWriter } from "./writers/neo4j-csv.js";
import { nodeLinkWriter } from "./writers/node-link.js";
import { type TableFormat, tidyBundleWriter } from "./writers/tidy-bundle.js";
import { CSV_TABLES } from "./writers/tidy-csv.js";
import { PARQUET_TABLES } from "./writers/tidy-parquet.js";
import type { GraphWriter } from "./writers/writer.js";
import { type ZipBundle, zipBundle } from "./zip-bundle.js";

export type ExportTarget =
  | { kind: "stream"; sink: TextSink }
  | { kind: "files"; open: FileSinks }
  /** A bundle format as one zip stream (ZIPPED_FORMATS). */
  | { kind: "zip"; sink: ByteSink };

/** Formats of several files, and which of them GET /export can send as a zip. */
export const BUNDLE_FORMATS: readonly ExportFormat[] = ["csv", "parquet", "neo4j-csv"];
export const ZIPPED_FORMATS: readonly ExportFormat[] = ["csv", "parquet"];
/** The formats of the tidy tables (src/export/tidy/columns.ts). */
const TIDY_FORMATS: Partial<Record<ExportFormat, TableFormat>> = {
  csv: CSV_TABLES,
  parquet: PARQUET_TABLES,
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/xml; charset=utf-8",
  cypher: "text/plain; charset=utf-8",
  csv: "application/zip",
  parquet: "application/zip",
  "neo4j-csv": "application/zip",
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  json: "json",
  graphml: "graphml",
  cypher: "cypher",
  csv: "zip",
  parquet: "zip",
  "neo4j-csv": "zip",
};

export async function exportSubgraph(
  db: Database,
  selection: SubgraphSelection,
  format: ExportFormat,
  target: ExportTarget,
  options: CallOptions & { onStart?: (info: SubgraphInfo) => void } = {},
): Promise<SubgraphCounts> {
  // The tidy tables are entity to entity: facts come as their own table, not as nodes.
  const read: SubgraphSelection =
    TIDY_FORMATS[format] && selection.view === "facts"
      ? { ...selection, view: "entities" }
      : selection;
  const zip = zipFor(format, target);
  const writer = writerFor(format, zip ? { kind: "files", open: zip.next } : target, read);
  // The writer's opening (a JSON header, an XML prolog) waits until the selection is known to
  // name something stored: an unknown centre or document fails before any byte is written.
  const sink: SubgraphSink = {
    selected: (info) => {
      options.onStart?.(info);
      return writer.start(info);
    },
    node: (node) => writer.node(node),
    edge: (edge) => writer.edge(edge),
    fact: writer.fact ? (row) => writer.fact?.(row) : undefined,
  };
  try {
    const counts = await streamSubgraph(db, read, sink, options);
    await writer.finish();
    await zip?.finish();
    return counts;
  } catch (error) {
    zip?.abort(error as Error);
    throw error;
  }
}

function zipFor(format: ExportFormat, target: ExportTarget): ZipBundle | null {
  if (target.kind !== "zip") return null;
  if (!ZIPPED_FORMATS.includes(format)) throw new Error(`${format} is not sent as a zip`);
  return zipBundle(target.sink, "trade-kg");
}

function writerFor(
  format: ExportFormat,
  target: ExportTarget,
  selection: SubgraphSelection,
): GraphWriter {
  if (BUNDLE_FORMATS.includes(format)) {
    if (target.kind !== "files")
      throw new Error(`the ${format} bundle is several files: give a folder`);
    const tables = TIDY_FORMATS[format];
    return tables
      ? tidyBundleWriter(tables, target.open, { exporter: EXTRACTOR_ID, selection })
      : neo4jCsvWriter(target.open);
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
    default:
      return cypherScriptWriter(target.sink);
  }
}
