/**
 * What one GraphQL request may cost, enforced before anything runs. graphql-armor's
 * validation rules cap depth, aliases, directives and a computed cost; the parser's own
 * maxTokens caps the document's size (armor's token plugin would turn a long malformed query
 * into a 500, the parser answers it with a 400). Every rejection is a 400 with
 * GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED and a message naming the limit.
 *
 * Tuning: the numbers live in QUERY_LIMITS; README's security section explains each one.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";

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
   * armor's cost: 2 per object field, 1 per scalar, each level's cost multiplied by 1.5.
   * Its default limit of 5000 prices ordinary Relay queries (two levels per list) out: an
   * entity's 100 facts with their period, partner, quote and document came to about 13,000.
   * 30,000 lets those through and still stops a dozen aliased nested lists.
   */
  maxCost: 30_000,
  depthCostFactor: 1.5,
  /** Lexical tokens in the document (the introspection query is about 200). */
  maxTokens: 1000,
} as const;

export function queryLimits(options: { production: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      depthCostFactor: QUERY_LIMITS.depthCostFactor,
      ignoreIntrospection: true,
      exposeLimits: true,
    },
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") describe the schema: hidden in production.
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

/**
 * graphql-armor words its refusals "Syntax Error: Query depth limit of 10 exceeded, found 11."
 * although the query parsed; clients get the part that is true.
 */
export function limitRefusalMessage(message: string): string {
  return message.replace(/^Syntax Error: (?=.*\blimit\b)/, "");
}
