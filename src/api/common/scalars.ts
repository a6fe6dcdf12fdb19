/**
 * The API's own scalars, so that codegen users get typed months and timestamps instead of
 * plain strings. YearMonth is a month `YYYY-MM`: its input takes any string so that an
 * impossible month ("2021-13") is refused by the argument's validator as BAD_USER_INPUT naming
 * the argument, like every other argument error; its output is checked, so a malformed month
 * in the graph is a bug that fails loudly. DateTime is an ISO 8601 instant (graphql-scalars).
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function asString(value: unknown): string {
  if (typeof value !== "string")
    throw new GraphQLError(
      `YearMonth: expected a month written YYYY-MM, got ${JSON.stringify(value)}`,
    );
  return value;
}

export const YearMonth = new GraphQLScalarType<string, string>({
  name: "YearMonth",
  description: "A calendar month, written YYYY-MM (2024-05); months run 01 to 12.",
  serialize(value) {
    const month = asString(value);
    if (!MONTH.test(month))
      throw new GraphQLError(`YearMonth: ${JSON.stringify(month)} is not a month`);
    return month;
  },
  parseValue: asString,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('YearMonth: expected a month written as a string, e.g. "2024-05"');
    return ast.value;
  },
});

export const DateTime = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: "DateTime",
  description: "An instant, written in ISO 8601 with its offset (2024-05-09T08:30:00.000Z).",
});
