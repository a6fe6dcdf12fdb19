/**
 * The schema change guard's reading of graphql's findBreakingChanges: each breaking change as
 * the schema coordinate it touches (`Type.field`, `Type.field(arg)`, `Enum.VALUE`, `Type`),
 * and which of them the README's schema changelog does not mention yet.
 */
import { type BreakingChange, findBreakingChanges, type GraphQLSchema } from "graphql";

export function coordinateOf(change: BreakingChange): string {
  const enumValue = /^(\S+) was removed from enum type (\w+)\.$/.exec(change.description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const arg = /^(\w+\.\w+) arg (\w+)/.exec(change.description);
  if (arg) return `${arg[1]}(${arg[2]})`;
  const member = /^(\w+) is no longer a member of the union type (\w+)/.exec(change.description);
  if (member) return `${member[2]}.${member[1]}`;
  const field = /^(\w+(?:\.\w+)?)\b/.exec(change.description);
  return field ? field[1] : change.description;
}

/** Breaking changes from `before` to `after` whose coordinate the changelog does not name. */
export function unacknowledged(
  before: GraphQLSchema,
  after: GraphQLSchema,
  changelog: string,
): { coordinate: string; description: string }[] {
  return findBreakingChanges(before, after)
    .map((change) => ({ coordinate: coordinateOf(change), description: change.description }))
    .filter(({ coordinate }) => !changelog.includes(`\`${coordinate}\``));
}
