// resolvePeriod against document dates, as a table following gold/README's conventions.
import { describe, expect, it } from "vitest";
import {
  composeNodes,
  type DocDate,
  readAtoms,
  resolvePeriod,
} from "../../../src/extract/rules/index.js";

/** The first Period the phrase composes into, resolved. */
function resolve(
  phrase: string,
  doc: DocDate | null,
  compared: { start: string; end: string } | null = null,
) {
  const nodes = composeNodes(readAtoms(phrase));
  const p = nodes.find((n) => n.kind === "Period");
  if (p?.kind !== "Period") throw new Error(`no period in "${phrase}"`);
  return resolvePeriod(p.value, doc, compared);
}

const MAY_2022 = { year: 2022, month: 5 };
const JAN_2024 = { year: 2024, month: 1 };
const JUL_2021 = { year: 2021, month: 7 };

describe("resolvePeriod (gold/README conventions)", () => {
  // phrase, document date, expected [start, end] or null
  const table: Array<[string, DocDate | null, [string, string] | null]> = [
    ["the first four months of this year", MAY_2022, ["2022-01", "2022-04"]],
    ["between January and April", MAY_2022, ["2022-01", "2022-04"]],
    ["January-April", MAY_2022, ["2022-01", "2022-04"]],
    ["the four months to April", MAY_2022, ["2022-01", "2022-04"]],
    ["last year", { year: 2024, month: 3 }, ["2023-01", "2023-12"]],
    ["in Q1", MAY_2022, ["2022-01", "2022-03"]],
    ["from 2013 to 2023", null, ["2013-01", "2023-12"]],
    ["the first half of this year", JUL_2021, ["2021-01", "2021-06"]],
    ["the first three quarters", { year: 2021, month: 10 }, ["2021-01", "2021-09"]],
    ["in June", JUL_2021, ["2021-06", "2021-06"]],
    ["in 2023", null, ["2023-01", "2023-12"]],
    ["the first 11 months", JAN_2024, ["2023-01", "2023-11"]],
    ["in November", JAN_2024, ["2023-11", "2023-11"]],
    ["the 12 months to March", MAY_2022, ["2021-04", "2022-03"]],
    ["in January and February", { year: 2024, month: 3 }, ["2024-01", "2024-02"]],
    ["the first half of 2020", JUL_2021, ["2020-01", "2020-06"]],
    ["this year", null, null],
    ["in November", null, null],
  ];
  it.each(table)("%s (%j) → %j", (phrase, doc, expected) => {
    const got = resolve(phrase, doc);
    expect(got ? [got.start, got.end] : null).toEqual(expected);
  });

  it("takes the months of a baseline from the period it is compared with", () => {
    const current = { start: "2021-01", end: "2021-06" };
    expect(resolve("the same period of 2019", JUL_2021, current)).toEqual({
      start: "2019-01",
      end: "2019-06",
    });
    expect(resolve("the same period last year", JUL_2021, current)).toEqual({
      start: "2020-01",
      end: "2020-06",
    });
    expect(resolve("the same period of 2019", JUL_2021, null)).toBeNull();
  });
});
