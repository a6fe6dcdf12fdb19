/**
 * Every type of the schema says what it is, Query and Mutation included, and so does every
 * field, argument and enum value: codegen users read these as their documentation. Enum
 * values are UPPER_CASE, all of them.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema } from "../../src/api/schema.js";

const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID"]);

async function undescribed(): Promise<string[]> {
  const schema = await buildApiSchema();
  const missing: string[] = [];
  const need = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || BUILT_IN.has(type.name)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args)
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (!isScalarType(type)) {
      // unions: the type's own description is enough
    }
  }
  return missing.sort();
}

describe("schema descriptions", () => {
  it("describe every type, field, argument and enum value, Query and Mutation included", async () => {
    expect(await undescribed()).toEqual([]);
  });

  it("spell every enum value in UPPER_CASE", async () => {
    const schema = await buildApiSchema();
    const values = Object.values(schema.getTypeMap())
      .filter((type) => isEnumType(type) && !type.name.startsWith("__"))
      .flatMap((type) =>
        isEnumType(type) ? type.getValues().map((v) => `${type.name}.${v.name}`) : [],
      );
    expect(values.length).toBeGreaterThan(30);
    expect(values.filter((value) => !/\.[A-Z][A-Z0-9_]*$/.test(value))).toEqual([]);
  });
});
