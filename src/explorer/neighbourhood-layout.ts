/**
 * The neighbourhood as a graphology graph ready for sigma: nodes coloured by type, the centre
 * larger, one edge per pair (trade edges blue, policy links grey), placed in rings by
 * distance and then spread by ForceAtlas2 (a fixed number of iterations, so the same data
 * gives the same picture).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Neighbourhood } from "./neighbourhood.js";

export const TYPE_COLOURS: Record<string, string> = {
  Country: "#1f5fa8",
  Region: "#2e7d32",
  Zone: "#b45309",
  Commodity: "#7b1fa2",
  Agency: "#c62828",
  Measure: "#00695c",
};

export function toGraph(neighbourhood: Neighbourhood, center: string): Graph {
  const graph = new Graph({ type: "undirected", multi: false });
  neighbourhood.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, neighbourhood.nodes.length);
    const ring = node.id === center ? 0 : Math.min(node.distance, 3);
    graph.addNode(node.id, {
      label: node.name ?? node.id,
      x: ring * Math.cos(angle) + (i % 7) * 0.001,
      y: ring * Math.sin(angle),
      size: node.id === center ? 14 : 6,
      color: TYPE_COLOURS[node.type ?? ""] ?? "#555",
    });
  });
  for (const edge of neighbourhood.edges) {
    if (edge.source === edge.target) continue;
    if (graph.hasEdge(edge.source, edge.target)) continue;
    const policy = edge.type !== "TRADES_WITH" && edge.type !== "TRADES_IN";
    graph.addEdge(edge.source, edge.target, {
      color: policy ? "#b0b7c3" : "#9cc0e6",
      size: 1,
      label: edge.type,
    });
  }
  if (graph.order > 2)
    forceAtlas2.assign(graph, { iterations: 150, settings: forceAtlas2.inferSettings(graph) });
  return graph;
}
