/**
 * A CSV bundle in neo4j-admin import's header format: one nodes file per label
 * (`id:ID,name,valueAmount:double,aliases:string[],…,:LABEL`) and one relationships file per
 * type (`:START_ID,:END_ID,:TYPE,…`), plus import.sh with the command that loads them into an
 * empty database. Rows are written with csv-stringify, which quotes what needs quoting;
 * list values use neo4j-admin's default array delimiter `;`.
 */
import { stringify } from "csv-stringify/sync";
import type { PropertyValue, SubgraphEdge, SubgraphNode } from "../../graph/subgraph.js";
import { type AttributeTable, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from "../attributes.js";
import type { OutputSink, TextSink } from "../text-sink.js";
import type { GraphWriter } from "./writer.js";

export type FileSinks = (fileName: string) => OutputSink;

const HEADER_TYPE = {
  string: "",
  double: ":double",
  long: ":long",
  "string[]": ":string[]",
} as const;

export function neo4jCsvWriter(openFile: FileSinks): GraphWriter & { files(): string[] } {
  const open = new Map<string, TextSink>();
  const fileFor = async (name: string, header: string[]): Promise<TextSink> => {
    let sink = open.get(name);
    if (!sink) {
      sink = openFile(name);
      open.set(name, sink);
      await sink.write(stringify([header]));
    }
    return sink;
  };
  const cells = (table: AttributeTable, properties: Record<string, PropertyValue>) =>
    Object.keys(table).map((name) => {
      const value = properties[name];
      if (value === undefined) return "";
      return Array.isArray(value) ? value.join(";") : String(value);
    });
  const header = (table: AttributeTable) =>
    Object.entries(table).map(([name, type]) => `${name}${HEADER_TYPE[type]}`);

  return {
    async start() {},
    async node(node: SubgraphNode) {
      const table = NODE_ATTRIBUTES[node.label] ?? {};
      const sink = await fileFor(`nodes-${node.label}.csv`, ["id:ID", ...header(table), ":LABEL"]);
      await sink.write(
        stringify([[node.id, ...cells(table, node.properties), node.labels.join(";")]]),
      );
    },
    async edge(edge: SubgraphEdge) {
      const table = EDGE_ATTRIBUTES[edge.type] ?? {};
      const sink = await fileFor(`relationships-${edge.type}.csv`, [
        ":START_ID",
        ":END_ID",
        ":TYPE",
        ...header(table),
      ]);
      await sink.write(
        stringify([[edge.source, edge.target, edge.type, ...cells(table, edge.properties)]]),
      );
    },
    async finish() {
      const names = [...open.keys()];
      const nodes = names.filter((n) => n.startsWith("nodes-")).map((n) => `--nodes="$here/${n}"`);
      const relationships = names
        .filter((n) => n.startsWith("relationships-"))
        .map((n) => `--relationships="$here/${n}"`);
      const script = openFile("import.sh");
      await script.write(
        [
          "#!/bin/sh",
          "# Loads this bundle into an empty database (stop the database first):",
          "#   sh import.sh [DATABASE]     (default: neo4j; NEO4J_ADMIN overrides the neo4j-admin command)",
          'here=$(cd "$(dirname "$0")" && pwd)',
          `exec \${NEO4J_ADMIN:-neo4j-admin} database import full "\${1:-neo4j}" --overwrite-destination=true ${[...nodes, ...relationships].join(" ")}`,
          "",
        ].join("\n"),
      );
    },
    files: () => [...open.keys()],
  };
}
