/**
 * Fact pages read only what the client selected (src/api/common/fact-selection.ts and
 * src/graph/reads/fact-projection.ts): what is guarded here is that the answer never
 * changes with it, however the fields are spelled (fragments, inline fragments, nested
 * lists), and that a page selecting no evidence really reads none.
 */
import {
  type FieldNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { connectionFactProjection } from "../../src/api/common/fact-selection.js";
import { WHOLE_FACT } from "../../src/graph/reads/fact-projection.js";
import { listTradeFacts } from "../../src/graph/reads/trade-facts.js";
import { queryData } from "../support/api.js";
import { useSeededApi } from "../support/seeded-api.js";

/** The resolve info of the query's first root field, as graphql-js hands it to a resolver. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const FIELDS =
  "id flow value { amount currency } changePct period { start end } quote partner { id } evidence { quote states }";

describe("fact projection", () => {
  const seeded = useSeededApi();

  it("names the properties of the selected fields and nothing else", () => {
    const projection = connectionFactProjection(
      infoOf("{ tradeFacts { edges { node { id value { amount } } } } }"),
    );
    expect([...projection.properties].sort()).toEqual(["id", "valueAmount", "valueCurrency"]);
    expect(projection.evidence || projection.partner || projection.reporter).toBe(false);
  });

  it("follows named and inline fragments at every level", () => {
    const projection = connectionFactProjection(
      infoOf(`{ tradeFacts { ...Page } }
        fragment Page on TradeFactConnection { edges { ... on TradeFactEdge { node { ...Fact } } } }
        fragment Fact on TradeFact { ... on Node { id } quote partner { name } }`),
    );
    expect(projection.evidence).toBe(true);
    expect(projection.partner).toBe(true);
    expect(projection.commodity).toBe(false);
  });

  it("reads the whole fact when a field it does not know is selected", () => {
    const projection = connectionFactProjection(
      infoOf("{ tradeFacts { edges { node { id someFieldAddedLater } } } }"),
    );
    expect(projection).toBe(WHOLE_FACT);
  });

  it("answers the same facts whether fields are selected directly or through fragments", async () => {
    const filter = `filter: {reporter: "country:CHN"}, first: 30`;
    const direct = await queryData(
      seeded.api.graphqlUrl,
      `{ tradeFacts(${filter}) { edges { node { ${FIELDS} } } }
         entity(id: "country:CHN") { tradeFactsAsReporter(first: 30) { edges { node { ${FIELDS} } } } } }`,
    );
    const fragments = await queryData(
      seeded.api.graphqlUrl,
      `{ tradeFacts(${filter}) { edges { node { ...F } } }
         entity(id: "country:CHN") { tradeFactsAsReporter(first: 30) { edges { ... on TradeFactEdge { node { ... on Node { ...F } } } } } } }
       fragment F on TradeFact { ${FIELDS} }`,
    );
    expect(fragments).toEqual(direct);
    const facts = (direct.tradeFacts as { edges: { node: { quote: string } }[] }).edges;
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.every((edge) => edge.node.quote.length > 0)).toBe(true);
  });

  it("reads no evidence and no entity ids for a page that selects none, and the same ids and values", async () => {
    const filter = { reporter: "country:CHN" };
    const order = { field: "VALUE", direction: "DESC" } as const;
    const slice = { first: 20, after: null };
    const projection = connectionFactProjection(
      infoOf("{ tradeFacts { edges { node { id value { amount } } } } }"),
    );
    const lean = await listTradeFacts(seeded.db, filter, order, slice, {}, projection);
    const whole = await listTradeFacts(seeded.db, filter, order, slice, {});
    expect(lean.rows.map((r) => [r.id, r.valueAmount])).toEqual(
      whole.rows.map((r) => [r.id, r.valueAmount]),
    );
    expect(lean.keys).toEqual(whole.keys);
    expect(whole.rows.every((r) => r.evidence.length > 0 && r.reporterId)).toBe(true);
    expect(lean.rows.every((r) => r.evidence.length === 0 && r.reporterId === undefined)).toBe(
      true,
    );
  });
});
