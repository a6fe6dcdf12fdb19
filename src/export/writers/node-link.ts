/**
 * Node-link JSON, the shape networkx's node_link_graph reads: {directed, multigraph, graph,
 * nodes: [{id, ...}], links: [{source, target, key, ...}]}. The edge list is named "links",
 * which every networkx reads: 2.x by default, 3.4+ with node_link_graph(data, edges="links").
 * The graph attributes name the snapshot (src/graph/snapshot.ts) the export was read from.
 */
import type { SubgraphEdge, SubgraphInfo, SubgraphNode } from "../../graph/subgraph.js";
import type { TextSink } from "../text-sink.js";
import type { GraphWriter } from "./writer.js";

export function nodeLinkWriter(out: TextSink, graph: Record<string, unknown>): GraphWriter {
  let nodes = 0;
  let edges = 0;
  let inEdges = false;
  const openEdges = async () => {
    if (!inEdges) {
      inEdges = true;
      await out.write('\n],\n"links": [');
    }
  };
  return {
    async start(info: SubgraphInfo) {
      const attributes = { ...graph, snapshot: info.snapshot };
      await out.write(
        `{"directed": true, "multigraph": true, "graph": ${JSON.stringify(attributes)},\n"nodes": [`,
      );
    },
    async node(node: SubgraphNode) {
      const { id, ...properties } = node.properties;
      await out.write(
        `${nodes++ === 0 ? "\n" : ",\n"}${JSON.stringify({ id: node.id ?? id, label: node.label, labels: node.labels, ...properties })}`,
      );
    },
    async edge(edge: SubgraphEdge) {
      await openEdges();
      await out.write(
        `${edges++ === 0 ? "\n" : ",\n"}${JSON.stringify({ source: edge.source, target: edge.target, key: edge.key, type: edge.type, ...edge.properties })}`,
      );
    },
    async finish() {
      await openEdges();
      await out.write("\n]}\n");
    },
  };
}
