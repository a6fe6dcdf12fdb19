/**
 * What a query can return, counted before it runs: the number the node budget
 * (QUERY_LIMITS.maxNodes in limits.ts) bounds. Every object the response can hold counts
 * once; a list counts once per item it can hold, and its items' own selections are counted
 * that many times. A list's size is its page size: the field's `first` or `limit` (given, from
 * a variable, or the argument's default); on a connection the page size is the size of its
 * `edges` (and `nodes`); a list without one counts as LIST_SIZE_WITHOUT_PAGE. Sizes multiply
 * down each path, so a page of 100 inside a page of 100 is 10,000 items; scalars are free.
 * This is GitHub's rule for its GraphQL API (the product of `first` down each path, summed),
 * counted per object so that what a client selects under each item weighs too.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from "graphql";

/** Arguments that say how many items a list holds. */
const PAGE_ARGUMENTS = ["first", "limit"];

export interface NodeCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
  /** The size of a list that has no page argument. */
  listSizeWithoutPage: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  listSizeWithoutPage: number;
}

/** How many objects the operation's response can hold at most. */
export function countReturnableNodes(input: NodeCostInput): number {
  const root = input.schema.getRootType(input.operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const walk: Walk = {
    schema: input.schema,
    fragments,
    variables: input.variables ?? {},
    listSizeWithoutPage: input.listSizeWithoutPage,
  };
  return selectionNodes(walk, root, input.operation.selectionSet, 1, null, new Set());
}

/**
 * Objects under one selection set, each `times` over: `times` is how many parents the set is
 * selected on, `pageSize` the page its parent connection set for its lists.
 */
function selectionNodes(
  walk: Walk,
  parent: GraphQLNamedType,
  set: SelectionSetNode,
  times: number,
  pageSize: number | null,
  spreading: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldNodes(walk, parent, selection, times, pageSize, spreading);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (type) {
        total += selectionNodes(walk, type, selection.selectionSet, times, pageSize, spreading);
      }
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || spreading.has(name)) continue;
      const inner = new Set(spreading).add(name);
      total += selectionNodes(walk, type, fragment.selectionSet, times, pageSize, inner);
    }
  }
  return total;
}

function fieldNodes(
  walk: Walk,
  parent: GraphQLNamedType,
  node: FieldNode,
  times: number,
  pageSize: number | null,
  spreading: Set<string>,
): number {
  // Introspection is bounded by the schema, and production turns it off.
  if (node.name.value.startsWith("__")) return 0;
  const field = fieldOf(parent, node.name.value);
  const type = field && getNamedType(field.type);
  if (!field || !type || !isCompositeType(type) || !node.selectionSet) return 0;
  const ownPage = pageArgument(walk, field, node);
  const isList = isListType(getNullableType(field.type));
  const count = isList ? times * (ownPage ?? pageSize ?? walk.listSizeWithoutPage) : times;
  // A connection's page applies to its lists (edges, nodes), one level down.
  const childPage = isList ? null : ownPage;
  return count + selectionNodes(walk, type, node.selectionSet, count, childPage, spreading);
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | null {
  if (!isObjectType(type) && !isInterfaceType(type)) return null;
  return type.getFields()[name] ?? null;
}

/** The field's page size from `first` or `limit`: given, from a variable, or defaulted. */
function pageArgument(
  walk: Walk,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): number | null {
  for (const argument of field.args) {
    if (!PAGE_ARGUMENTS.includes(argument.name)) continue;
    const given = node.arguments?.find((a) => a.name.value === argument.name);
    const value =
      (given && valueFromAST(given.value, argument.type, walk.variables)) ?? argument.defaultValue;
    if (typeof value === "number" && Number.isFinite(value)) return Math.max(0, value);
  }
  return null;
}
