import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../../src/core/contract.js";
import { statementKey } from "../../../src/extract/checks/statement-key.js";
import { fact } from "./fact.js";

describe("statementKey: what a fact is a figure of, without its figures", () => {
  const base = fact({ flow: "EXPORT", value: { amount: 5, currency: "CNY" }, changePct: 3 });

  it.each<[string, Partial<TradeFact>]>([
    ["another value", { value: { amount: 7, currency: "USD" } }],
    ["another change", { changePct: 9 }],
    ["a share", { sharePct: 40 }],
  ])("is the same for %s", (_, fields) => {
    expect(statementKey({ ...base, ...fields })).toBe(statementKey(base));
  });

  it.each<[string, Partial<TradeFact>]>([
    ["another flow", { flow: "IMPORT" }],
    ["another partner", { partner: "country:USA" }],
    ["another period", { period: { start: "2020-01", end: "2020-12" } }],
    ["a baseline", { baseline: { start: "2019-01", end: "2019-12" } }],
  ])("differs for %s", (_, fields) => {
    expect(statementKey({ ...base, ...fields })).not.toBe(statementKey(base));
  });
});
