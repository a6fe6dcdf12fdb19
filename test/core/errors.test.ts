import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ERROR_CODES,
  expectedGot,
  renderErrorCatalogue,
  TradeKgError,
} from "../../src/core/errors.js";

describe("the error catalogue", () => {
  it("is documented in docs/ERRORS.md exactly as the code defines it", () => {
    const doc = readFileSync(resolve(import.meta.dirname, "../../docs/ERRORS.md"), "utf8");
    expect(doc).toBe(renderErrorCatalogue());
  });

  it("gives every code a meaning, a remedy and a non-zero exit status", () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(info.meaning.length, code).toBeGreaterThan(10);
      expect(info.remedy.length, code).toBeGreaterThan(10);
      expect(info.exitCode, code).toBeGreaterThan(0);
    }
  });

  it("carries its code and exit status on TradeKgError", () => {
    const error = new TradeKgError("DATABASE_UNAVAILABLE", "down");
    expect([error.code, error.exitCode, error.message]).toEqual([
      "DATABASE_UNAVAILABLE",
      4,
      "down",
    ]);
  });

  it.each([
    ["first", "an integer from 1 to 100", 500, "first: expected an integer from 1 to 100, got 500"],
    ["id", "an entity id", "", 'id: expected an entity id, got ""'],
    ["hops", "a number", undefined, "hops: expected a number, got nothing"],
  ])("expectedGot(%s) says what was expected and what came", (what, expected, got, message) => {
    expect(expectedGot(what, expected, got)).toBe(message);
  });
});
