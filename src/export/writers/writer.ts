import type { SubgraphSink } from "../../graph/subgraph.js";

/** A format: the sink the subgraph streams into, plus what comes before and after it. */
export interface GraphWriter extends SubgraphSink {
  start(): Promise<void>;
  finish(): Promise<void>;
}
