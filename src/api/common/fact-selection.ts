/**
 * What a client selected of the trade facts in a connection, as the graph's FactProjection:
 * a page asked for `id value { amount }` reads two properties, not the whole fact with its
 * entities and every sentence of evidence (issue 17).
 *
 * The walk follows fields, inline fragments and named fragments from the connection through
 * `edges` to `node`; a field it does not know (one added to TradeFact later) falls back to
 * the whole fact, so a new field can be slow but never wrong.
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import {
  type FactProjection,
  type FactProperty,
  WHOLE_FACT,
} from "../../graph/reads/fact-projection.js";

type Need = FactProperty[] | "reporter" | "partner" | "commodity" | "evidence";

/** Each field of the GraphQL TradeFact and what its resolver reads from the row. */
const FIELD_NEEDS: Record<string, Need> = {
  __typename: [],
  id: ["id"],
  flow: ["flow"],
  period: ["periodStart", "periodEnd"],
  value: ["valueAmount", "valueCurrency"],
  quantity: ["quantityAmount", "quantityUnit"],
  price: ["priceAmount", "priceCurrency", "pricePer"],
  changePct: ["changePct"],
  changeOf: ["changeOf"],
  sharePct: ["sharePct"],
  baseline: ["baselineStart", "baselineEnd"],
  segment: ["segmentDimension", "segmentValue"],
  reporter: "reporter",
  partner: "partner",
  commodity: "commodity",
  evidence: "evidence",
  quote: "evidence",
  document: "evidence",
};

/** The fields selected directly in these selection sets, fragments included. */
function selectedFields(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** The selection sets of the fields named `name` among these. */
function childSets(fields: readonly FieldNode[], name: string): SelectionSetNode[] {
  return fields
    .filter((field) => field.name.value === name && field.selectionSet)
    .map((field) => field.selectionSet as SelectionSetNode);
}

/** What the nodes of this connection field (`edges { node { … } }`) need of each fact. */
export function connectionFactProjection(info: GraphQLResolveInfo): FactProjection {
  const connection = info.fieldNodes.flatMap((field) =>
    field.selectionSet ? [field.selectionSet] : [],
  );
  const edges = childSets(selectedFields(connection, info), "edges");
  const nodes = childSets(selectedFields(edges, info), "node");
  return projectionOf(selectedFields(nodes, info));
}

function projectionOf(fields: readonly FieldNode[]): FactProjection {
  const projection = {
    properties: new Set<FactProperty>(["id"]),
    reporter: false,
    partner: false,
    commodity: false,
    evidence: false,
  };
  for (const field of fields) {
    const need = Object.hasOwn(FIELD_NEEDS, field.name.value)
      ? FIELD_NEEDS[field.name.value]
      : null;
    if (need === null) return WHOLE_FACT;
    if (Array.isArray(need)) for (const name of need) projection.properties.add(name);
    else projection[need] = true;
  }
  return projection;
}
