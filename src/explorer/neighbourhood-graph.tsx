/**
 * The neighbourhood picture: the entities within one or two hops (policy links and trade
 * edges), drawn with sigma.js over a graphology graph laid out by ForceAtlas2. Drag to pan,
 * wheel or the buttons to zoom, click a node to open its page. The same nodes are listed in
 * a table for readers who cannot use the picture, and the page says when the bound cut it.
 */
import { useRef, useState } from "react";
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
import { TYPE_COLOURS } from "./neighbourhood-layout.js";
import { NEIGHBOURHOOD } from "./queries.js";
import { Status } from "./status.js";
import { useLoaded } from "./use-query.js";
import { useSigma, zoomPicture } from "./use-sigma.js";

type Drawn = Neighbourhood & { tradeLeftOut: boolean };

async function readSubgraph(id: string, hops: number, edges: string[]) {
  const data = await graphql<{
    exportSubgraph: { nodeLink: { nodes: NodeLinkNode[]; links: NodeLinkEdge[] } };
  }>(NEIGHBOURHOOD, { id, hops, edges });
  return data.exportSubgraph.nodeLink;
}

/**
 * Trade edges and policy links; when they are more than the API hands out in one answer
 * (its export limit), policy links alone, and the page says trade was left out.
 */
async function loadNeighbourhood(id: string, hops: number): Promise<Drawn> {
  try {
    const graph = await readSubgraph(id, hops, ["TRADE", "POLICY"]);
    return { ...boundedNeighbourhood(id, graph), tradeLeftOut: false };
  } catch (error) {
    if (!/more than \d+ nodes and edges/.test((error as Error).message)) throw error;
    const graph = await readSubgraph(id, hops, ["POLICY"]);
    return { ...boundedNeighbourhood(id, graph), tradeLeftOut: true };
  }
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

function Picture({ neighbourhood, center }: { neighbourhood: Drawn; center: string }) {
  const box = useRef<HTMLDivElement>(null);
  const { sigma, failure } = useSigma(box, neighbourhood, center);
  const zoom = (how: "in" | "out" | "reset") => zoomPicture(sigma.current, how);
  const cut = neighbourhood.total - neighbourhood.nodes.length;
  return (
    <>
      {neighbourhood.tradeLeftOut && (
        <p className="note" role="note">
          This neighbourhood has too many trade edges to draw: only its policy links are shown. The
          export links above stream it whole.
        </p>
      )}
      {cut > 0 && (
        <p className="note" role="note">
          The neighbourhood has {neighbourhood.total} entities; the {MAX_NODES} nearest are drawn,{" "}
          {cut} left out. The export links above have them all.
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
      <NodesTable neighbourhood={neighbourhood} />
    </>
  );
}

/** The same entities as the picture, for readers who cannot use it. */
function NodesTable({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  return (
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
