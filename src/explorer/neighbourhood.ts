/**
 * The neighbourhood picture's graph, from the API's node-link export (exportSubgraph, the
 * ENTITIES view: policy links and trade edges between entities): nodes kept nearest first
 * (breadth-first from the centre, then by degree) up to a bound, with the count of those
 * left out, so the page can say the picture was cut.
 */

export const MAX_NODES = 150;

export interface NodeLinkNode {
  id: string;
  name?: string;
  type?: string;
}

export interface NodeLinkEdge {
  source: string;
  target: string;
  type: string;
}

export interface Neighbourhood {
  nodes: (NodeLinkNode & { distance: number })[];
  edges: NodeLinkEdge[];
  /** nodes the export held, before the bound */
  total: number;
}

/** Undirected adjacency of a node-link graph (edges of every kind). */
function adjacency(edges: NodeLinkEdge[]): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  const add = (a: string, b: string) => next.set(a, (next.get(a) ?? new Set()).add(b));
  for (const edge of edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  return next;
}

function distancesFrom(center: string, next: Map<string, Set<string>>): Map<string, number> {
  const distance = new Map([[center, 0]]);
  const queue = [center];
  for (let at = 0; at < queue.length; at += 1) {
    for (const other of next.get(queue[at]) ?? []) {
      if (distance.has(other)) continue;
      distance.set(other, (distance.get(queue[at]) ?? 0) + 1);
      queue.push(other);
    }
  }
  return distance;
}

export function boundedNeighbourhood(
  center: string,
  graph: { nodes: NodeLinkNode[]; links: NodeLinkEdge[] },
  maxNodes = MAX_NODES,
): Neighbourhood {
  const next = adjacency(graph.links);
  const distance = distancesFrom(center, next);
  const degree = (id: string) => next.get(id)?.size ?? 0;
  const ranked = graph.nodes
    .map((node) => ({ ...node, distance: distance.get(node.id) ?? Number.POSITIVE_INFINITY }))
    .sort(
      (a, b) => a.distance - b.distance || degree(b.id) - degree(a.id) || a.id.localeCompare(b.id),
    );
  const nodes = ranked.slice(0, maxNodes);
  const kept = new Set(nodes.map((node) => node.id));
  const seen = new Set<string>();
  const edges = graph.links.filter((edge) => {
    const key = [edge.source, edge.target, edge.type].join("|");
    if (!kept.has(edge.source) || !kept.has(edge.target) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { nodes, edges, total: graph.nodes.length };
}
