/**
 * GraphML with typed attributes (double, long, string), which networkx, igraph and Gephi
 * read. Keys are declared before the graph from the attribute tables, so the document can be
 * streamed; string lists (aliases, speakers, documents) have no GraphML type and travel as
 * JSON strings. Written through xmlbuilder2's streaming builder, which escapes the text.
 */
import { createCB } from "xmlbuilder2";
import type { PropertyValue, SubgraphEdge, SubgraphNode } from "../../graph/subgraph.js";
import {
  type AttributeType,
  allAttributes,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
} from "../attributes.js";
import type { TextSink } from "../text-sink.js";
import type { GraphWriter } from "./writer.js";

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: "string",
  double: "double",
  long: "long",
  "string[]": "string",
};

export function graphmlWriter(out: TextSink): GraphWriter {
  let pending = "";
  const xml = createCB({ data: (chunk: string) => (pending += chunk), prettyPrint: true });
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = "";
    await out.write(chunk);
  };
  const nodeKeys = new Map<string, AttributeType>([
    ["label", "string"],
    ["labels", "string[]"],
    ...allAttributes(NODE_ATTRIBUTES),
  ]);
  const edgeKeys = new Map<string, AttributeType>([
    ["type", "string"],
    ...allAttributes(EDGE_ATTRIBUTES),
  ]);

  const data = (
    domain: "n" | "e",
    keys: Map<string, AttributeType>,
    properties: Record<string, PropertyValue>,
  ) => {
    for (const [name, value] of Object.entries(properties)) {
      const type = keys.get(name);
      if (!type) continue;
      xml
        .ele("data", { key: `${domain}_${name}` })
        .txt(Array.isArray(value) ? JSON.stringify(value) : String(value))
        .up();
    }
  };

  return {
    async start() {
      xml.dec({ version: "1.0", encoding: "UTF-8" });
      xml.ele("graphml", { xmlns: "http://graphml.graphdrawing.org/xmlns" });
      for (const [name, type] of nodeKeys) {
        xml
          .ele("key", {
            id: `n_${name}`,
            for: "node",
            "attr.name": name,
            "attr.type": GRAPHML_TYPE[type],
          })
          .up();
      }
      for (const [name, type] of edgeKeys) {
        xml
          .ele("key", {
            id: `e_${name}`,
            for: "edge",
            "attr.name": name,
            "attr.type": GRAPHML_TYPE[type],
          })
          .up();
      }
      xml.ele("graph", { id: "trade-kg", edgedefault: "directed" });
      await flush();
    },
    async node(node: SubgraphNode) {
      const { id: _id, ...properties } = node.properties;
      xml.ele("node", { id: node.id });
      data("n", nodeKeys, { label: node.label, labels: node.labels, ...properties });
      xml.up();
      await flush();
    },
    async edge(edge: SubgraphEdge) {
      xml.ele("edge", { id: edge.key, source: edge.source, target: edge.target });
      data("e", edgeKeys, { type: edge.type, ...edge.properties });
      xml.up();
      await flush();
    },
    async finish() {
      xml.up().up().end();
      await flush();
    },
  };
}
