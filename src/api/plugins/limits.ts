/**
 * What one GraphQL request may cost, enforced before anything runs. graphql-armor's
 * validation rules cap depth, aliases and directives; the node budget caps how many objects
 * the response can hold (node-cost.ts, counted once the operation and its variables are
 * known); the parser's own maxTokens caps the document's size (armor's token plugin would
 * turn a long malformed query into a 500, the parser answers it with a 400). Every rejection
 * is a 400 with GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED and a message naming the
 * limit.
 *
 * Tuning: the numbers live in QUERY_LIMITS; README's security section explains each one.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { countReturnableNodes } from "./node-cost.js";

export const QUERY_LIMITS = {
  /**
   * Nesting of selections. Relay connections spend two levels (edges, node) per list, so 10
   * allows two nested lists and an entity beyond them:
   * `entity { tradeFactsAsReporter { edges { node { partner { tradeFactsAsPartner { edges { node { id } } } } } } } }` is 9.
   * (graphql-armor's default is 6: one nested list.)
   */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Directives in one operation. */
  maxDirectives: 50,
  /**
   * Objects the response can hold (node-cost.ts): a list counts its page size times, nested
   * lists multiply. 25,000 lets through a page of 100 inside a page of 100 with scalars only
   * (10,000 edges, as many nodes: 20,301 objects) and refuses two such side by side, or one
   * with an object under each of its 10,000 items. An entity's 100 facts with partner,
   * document, value and period are 602; 100 countries with their first 5 facts and values
   * 1,801; a 2-hop policy chain of pages of 20, 1,282.
   */
  maxNodes: 25_000,
  /**
   * The size counted for a list without a page argument (`first`, `limit`): the largest page
   * (MAX_PAGE of common/paging.args.ts, not imported here: its decorated classes need
   * reflect-metadata loaded first).
   */
  listSizeWithoutPage: 100,
  /** Lexical tokens in the document (the introspection query is about 200). */
  maxTokens: 1000,
} as const;

export function queryLimits(options: { production: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // armor's cost (per field, ×1.5 per level) priced by depth rather than by how much a
    // query can return: the node budget below replaces it.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") describe the schema: hidden in production.
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, nodeBudgetPlugin()],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

/** Refuses an operation whose response could hold more objects than QUERY_LIMITS.maxNodes. */
function nodeBudgetPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const nodes = countReturnableNodes({
            schema,
            document,
            operation,
            variables: request.variables,
            listSizeWithoutPage: QUERY_LIMITS.listSizeWithoutPage,
          });
          if (nodes <= QUERY_LIMITS.maxNodes) return;
          throw new GraphQLError(
            `Node limit of ${QUERY_LIMITS.maxNodes} exceeded: this query can return ${nodes} objects (each list counts as many as its page size, first or limit, and nested lists multiply); ask for smaller pages or fewer nested lists`,
            { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/**
 * graphql-armor words its refusals "Syntax Error: Query depth limit of 10 exceeded, found 11."
 * although the query parsed; clients get the part that is true.
 */
export function limitRefusalMessage(message: string): string {
  return message.replace(/^Syntax Error: (?=.*\blimit\b)/, "");
}
