/**
 * One way to spell a period: every GraphQL argument or input field that takes months is a
 * `period` (or `baseline`) of the Period input {start, end}, past the deprecated older
 * spellings; saved queries take a `period` map of the same shape; the CLI and GET /export
 * take `period` (YYYY-MM/YYYY-MM, test/export/selection.test.ts).
 */
import {
  type GraphQLArgument,
  type GraphQLInputField,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema } from "../../src/api/schema.js";
import { listSavedQueries } from "../../src/graph/saved-queries.js";

/** Mentions a month (YYYY-MM) but not a day (YYYY-MM-DD). */
const MONTHS = /YYYY-MM(?!-DD)/;

describe("the period vocabulary", () => {
  it("has GraphQL take months only through Period inputs named period or baseline", async () => {
    const schema = await buildApiSchema();
    const offenders: string[] = [];
    const check = (where: string, field: GraphQLArgument | GraphQLInputField) => {
      if (field.deprecationReason) return;
      const type = getNamedType(field.type).name;
      if (type === "PeriodInput") {
        if (!["period", "baseline"].includes(field.name))
          offenders.push(`${where}: named ${field.name}`);
      } else if (MONTHS.test(field.description ?? "")) {
        offenders.push(`${where}: a ${type} of months`);
      }
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (isObjectType(type))
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg);
      if (isInputObjectType(type) && type.name !== "PeriodInput")
        for (const field of Object.values(type.getFields()))
          check(`${type.name}.${field.name}`, field);
    }
    expect(offenders).toEqual([]);
    const query = schema.getQueryType()!.getFields();
    for (const [field, arg] of [
      ["tradeFacts", "filter"],
      ["timeSeries", "period"],
      ["topPartners", "period"],
      ["exportSubgraph", "period"],
    ]) {
      expect(
        query[field].args.map((a) => a.name),
        field,
      ).toContain(arg);
    }
  });

  it("has saved queries take a period as one {start, end} map named period", () => {
    for (const query of listSavedQueries()) {
      for (const param of query.params) {
        if (!MONTHS.test(param.description)) continue;
        expect(param.name, query.name).toBe("period");
        expect(Object.keys(query.example.period as object).sort(), query.name).toEqual([
          "end",
          "start",
        ]);
      }
    }
  });
});
