/**
 * GraphML with typed attributes (double, long, string), which networkx, igraph and Gephi
 * read. Keys are declared before the graph from the attribute tables, so the document can be
 * streamed; string lists (aliases, speakers, documents) have no GraphML type and travel as
 * JSON strings.
 *
 * Each <key>, <node> and <edge> is built and escaped by xmlbuilder2 as a fragment; only the
 * constant envelope (declaration, <graphml>, <graph>) is written as text, because a streamed
 * document cannot hold its root element open in a builder. (xmlbuilder2's callback builder
 * does the same job about three times slower: bench/results/export-memory.json.)
 */
import { fragment } from "xmlbuilder2";
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

type Element = ReturnType<ReturnType<typeof fragment>["ele"]>;

const NODE_KEYS = new Map<string, AttributeType>([
  ["label", "string"],
  ["labels", "string[]"],
  ...allAttributes(NODE_ATTRIBUTES),
]);
const EDGE_KEYS = new Map<string, AttributeType>([
  ["type", "string"],
  ...allAttributes(EDGE_ATTRIBUTES),
]);

/** A <data> child per declared attribute that the properties hold. */
function addData(
  element: Element,
  domain: "n" | "e",
  keys: Map<string, AttributeType>,
  properties: Record<string, PropertyValue>,
): void {
  for (const [name, value] of Object.entries(properties)) {
    if (!keys.has(name)) continue;
    element
      .ele("data", { key: `${domain}_${name}` })
      .txt(Array.isArray(value) ? JSON.stringify(value) : String(value));
  }
}

/** One element built and escaped by xmlbuilder2, as one indented line. */
function line(build: (root: ReturnType<typeof fragment>) => void): string {
  const root = fragment();
  build(root);
  return `  ${root.end({ prettyPrint: false })}\n`;
}

/** The declaration, the root element and every <key>, up to the open <graph>. */
function graphmlHead(): string {
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [domain, keys] of [
    ["node", NODE_KEYS],
    ["edge", EDGE_KEYS],
  ] as const) {
    for (const [name, type] of keys) {
      head += line((root) =>
        root.ele("key", {
          id: `${domain[0]}_${name}`,
          for: domain,
          "attr.name": name,
          "attr.type": GRAPHML_TYPE[type],
        }),
      );
    }
  }
  return `${head}  <graph id="trade-kg" edgedefault="directed">\n`;
}

export function graphmlWriter(out: TextSink): GraphWriter {
  return {
    async start() {
      await out.write(graphmlHead());
    },
    async node(node: SubgraphNode) {
      const { id: _id, ...properties } = node.properties;
      await out.write(
        line((root) =>
          addData(root.ele("node", { id: node.id }), "n", NODE_KEYS, {
            label: node.label,
            labels: node.labels,
            ...properties,
          }),
        ),
      );
    },
    async edge(edge: SubgraphEdge) {
      await out.write(
        line((root) =>
          addData(
            root.ele("edge", { id: edge.key, source: edge.source, target: edge.target }),
            "e",
            EDGE_KEYS,
            { type: edge.type, ...edge.properties },
          ),
        ),
      );
    },
    async finish() {
      await out.write("  </graph>\n</graphml>\n");
    },
  };
}
