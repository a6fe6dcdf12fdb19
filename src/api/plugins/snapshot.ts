/**
 * Every executed GraphQL operation's response names the state of the graph it was answered
 * from: `extensions.snapshot`, the snapshot id (src/graph/snapshot.ts) that exports carry, so
 * a result can be cited beside the export it matches. Reading it is one lookup of the state
 * node that document writes keep up to date, however many documents are stored. It is read
 * alongside the operation (started when execution starts, so a database that is down costs
 * no more time than the operation's own reads), in the read transaction the request's reads
 * share (src/graph/request-reads.ts: no session of its own, and the state the answer was read
 * from), apart from the request's statement counter; when it cannot be read the extension is
 * left out rather than failing the response.
 * Requests refused before execution (parse and validation errors) carry none.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { readSnapshotId } from "../../graph/snapshot.js";
import type { ApiContext } from "../context.js";

export function snapshotPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let reading: Promise<string | null> | null = null;
      return {
        async executionDidStart({ contextValue }) {
          reading = readSnapshotId(contextValue.db, { share: contextValue.counter }).catch(
            () => null,
          );
        },
        async willSendResponse({ response }) {
          const snapshot = reading ? await reading : null;
          if (snapshot === null || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            snapshot,
          };
        },
      };
    },
  };
}
