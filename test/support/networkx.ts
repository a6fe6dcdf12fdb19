/**
 * Reads an export back with the networkx that Debian ships (python3-networkx, installed by
 * .ci/run), the way a data scientist would, and reports what it found as JSON.
 */
import { execFileSync } from "node:child_process";

export const DEBIAN_PYTHON = "/usr/bin/python3";

export interface NetworkxSummary {
  graphType: string;
  nodes: number;
  edges: number;
  nodeAttributes: Record<string, Record<string, unknown>>;
  edgeTypes: Record<string, number>;
  edgeAttributes: Record<string, Record<string, unknown>>;
}

const SCRIPT = `
import json, sys, collections
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
if fmt == "json":
    with open(path) as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, edges="links")
    except TypeError:
        g = nx.node_link_graph(data)  # networkx 2.x: "links" is the default key
else:
    g = nx.read_graphml(path, force_multigraph=True)
types = collections.Counter(d.get("type") for _, _, d in g.edges(data=True))
print(json.dumps({
    "graphType": type(g).__name__,
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "nodeAttributes": {n: d for n, d in g.nodes(data=True)},
    "edgeTypes": dict(types),
    "edgeAttributes": {str(k): d for _, _, k, d in g.edges(keys=True, data=True)},
}))
`;

export function readWithNetworkx(format: "json" | "graphml", path: string): NetworkxSummary {
  const output = execFileSync(DEBIAN_PYTHON, ["-c", SCRIPT, format, path], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output) as NetworkxSummary;
}

export function networkxVersion(): string {
  return execFileSync(DEBIAN_PYTHON, ["-c", "import networkx; print(networkx.__version__)"], {
    encoding: "utf8",
  }).trim();
}
