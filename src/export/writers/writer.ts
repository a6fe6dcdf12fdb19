import type { SubgraphInfo, SubgraphSink } from "../../graph/subgraph.js";

/** A format: the sink the subgraph streams into, plus what comes before and after it. */
export interface GraphWriter extends SubgraphSink {
  /** Called before any node, with the snapshot the export reads. */
  start(info: SubgraphInfo): Promise<void>;
  finish(): Promise<void>;
}
