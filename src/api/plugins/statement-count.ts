/**
 * With the header `x-trade-kg-debug: 1`, the response's `extensions.statements` says how many
 * Cypher statements the request ran: the number the batching tests assert and that a
 * frontend developer can watch while shaping a query.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../context.js";

export function statementCountPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.debug || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            statements: contextValue.counter.statements,
            requestId: contextValue.requestId,
          };
        },
      };
    },
  };
}
