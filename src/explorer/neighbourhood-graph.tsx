/**
 * The neighbourhood picture: the entities within one or two hops (policy links and trade
 * edges), drawn with sigma.js over a graphology graph laid out by ForceAtlas2. Drag to pan,
 * wheel or the buttons to zoom, click a node to open its page. The same nodes are listed in
 * a table for readers who cannot use the picture, and the page says when the bound cut it.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { ExportLinks } from "./export-links.js";
import { graphql } from "./graphql.js";
import { ViewLink } from "./link.js";
import {
  boundedNeighbourhood,
  MAX_NODES,
  type Neighbourhood,
  type NodeLinkEdge,
  type NodeLinkNode,
} from "./neighbourhood.js";
import { NEIGHBOURHOOD } from "./queries.js";
import { Status } from "./status.js";
import { navigate } from "./url-state.js";
import { useLoaded } from "./use-query.js";

export const TYPE_COLOURS: Record<string, string> = {
  Country: "#1f5fa8",
  Region: "#2e7d32",
  Zone: "#b45309",
  Commodity: "#7b1fa2",
  Agency: "#c62828",
  Measure: "#00695c",
};

async function loadNeighbourhood(id: string, hops: number): Promise<Neighbourhood> {
  const data = await graphql<{
    exportSubgraph: { nodeLink: { nodes: NodeLinkNode[]; links: NodeLinkEdge[] } };
  }>(NEIGHBOURHOOD, { id, hops });
  return boundedNeighbourhood(id, data.exportSubgraph.nodeLink);
}

export function NeighbourhoodGraph({ id }: { id: string }) {
  const [hops, setHops] = useState(1);
  const loaded = useLoaded(() => loadNeighbourhood(id, hops), `${id}:${hops}`);
  return (
    <div className="neighbourhood">
      <fieldset className="hops">
        <legend>Hops from this entity</legend>
        {[1, 2].map((n) => (
          <label key={n}>
            <input
              type="radio"
              name="hops"
              value={n}
              checked={hops === n}
              onChange={() => setHops(n)}
            />{" "}
            {n}
          </label>
        ))}
      </fieldset>
      <ExportLinks selection={{ center: id, hops }} what={`this ${hops}-hop neighbourhood`} />
      {loaded.state === "done" ? (
        <Picture neighbourhood={loaded.data} center={id} />
      ) : (
        <Status loaded={loaded} what="the neighbourhood" />
      )}
    </div>
  );
}

function toGraph(neighbourhood: Neighbourhood, center: string): Graph {
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

function Picture({ neighbourhood, center }: { neighbourhood: Neighbourhood; center: string }) {
  const box = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!box.current) return;
    try {
      const renderer = new Sigma(toGraph(neighbourhood, center), box.current, {
        labelRenderedSizeThreshold: 4,
      });
      renderer.on("clickNode", ({ node }) => navigate({ kind: "entity", id: node }));
      renderer.on("enterNode", () => box.current?.classList.add("pointing"));
      renderer.on("leaveNode", () => box.current?.classList.remove("pointing"));
      sigma.current = renderer;
      // the renderer on its element: where a test (or the console) finds a node on screen
      Object.assign(box.current, { sigma: renderer });
      box.current.dataset.rendered = "true";
    } catch (error) {
      setFailure((error as Error).message);
    }
    return () => {
      sigma.current?.kill();
      sigma.current = null;
    };
  }, [neighbourhood, center]);
  const zoom = (how: "in" | "out" | "reset") => {
    const camera = sigma.current?.getCamera();
    if (how === "in") camera?.animatedZoom(1.5);
    else if (how === "out") camera?.animatedUnzoom(1.5);
    else camera?.animatedReset();
  };
  const cut = neighbourhood.total - neighbourhood.nodes.length;
  return (
    <>
      {cut > 0 && (
        <p className="note" role="note">
          The neighbourhood has {neighbourhood.total} entities; the {MAX_NODES} nearest are drawn,{" "}
          {cut} left out. The export below has them all.
        </p>
      )}
      {failure && (
        <p className="error">
          The picture could not be drawn ({failure}); the table below lists the same entities.
        </p>
      )}
      <fieldset className="zoom">
        <legend className="visually-hidden">Zoom the picture</legend>
        <button type="button" onClick={() => zoom("in")}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom("out")}>
          Zoom out
        </button>
        <button type="button" onClick={() => zoom("reset")}>
          Reset
        </button>
      </fieldset>
      <div
        ref={box}
        className="graph"
        data-nodes={neighbourhood.nodes.length}
        data-edges={neighbourhood.edges.length}
        role="img"
        aria-label={`Graph of ${neighbourhood.nodes.length} entities around this one; the table below lists them`}
      />
      <Legend />
      <details>
        <summary>Table of the {neighbourhood.nodes.length} entities</summary>
        <table className="nodes-table">
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Type</th>
              <th scope="col">Hops</th>
            </tr>
          </thead>
          <tbody>
            {neighbourhood.nodes.map((node) => (
              <tr key={node.id}>
                <td>
                  <ViewLink to={{ kind: "entity", id: node.id }}>{node.name ?? node.id}</ViewLink>
                </td>
                <td>{node.type}</td>
                <td className="num">{Number.isFinite(node.distance) ? node.distance : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Colours by entity type">
      {Object.entries(TYPE_COLOURS).map(([type, colour]) => (
        <li key={type}>
          <span
            className="swatch"
            data-colour={colour}
            ref={(el) => el?.style.setProperty("background", colour)}
          />{" "}
          {type}
        </li>
      ))}
      <li>grey lines: policy links · blue lines: trade</li>
    </ul>
  );
}
