import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/extract/numbers.js";

const cases: Array<[string, string[]]> = [
  [
    "18.07 trillion yuan (about $2.79 trillion)",
    ["money:18070000000000:CNY", "money:2790000000000:USD:conversion"],
  ],
  ["570.65 billion yuan", ["money:570650000000:CNY"]],
  ["$145.3 billion", ["money:145300000000:USD"]],
  ["561 million tons of iron ore", ["quantity:561000000:t"]],
  ["2,888.5 yuan per tonne", ["price:2888.5:CNY"]],
  [
    "2.66 trillion, 2.52 trillion, and 2.21 trillion yuan",
    ["money:2660000000000:CNY", "money:2520000000000:CNY", "money:2210000000000:CNY"],
  ],
  ["up 27.8%", ["percent:27.8"]],
  ["1.7 percentage points", ["points:1.7"]],
  ["increased 1.2 times", ["times:1.2"]],
  ["more than doubled", ["doubled:100"]],
  ["more than one-third of the total", ["fraction:33.3"]],
  ["in the first half of the year", []],
  ["the 13th month in a row", []],
  ["3D printers", []],
  ["30 billion euros", ["money:30000000000:EUR"]],
  // currency words other than "$"
  ["282.1 billion U.S. dollars", ["money:282100000000:USD"]],
  ["55.6 billion US dollars", ["money:55600000000:USD"]],
  ["55.6 billion dollars", ["money:55600000000:USD"]],
  ["US$173 billion", ["money:173000000000:USD"]],
  ["12 billion USD", ["money:12000000000:USD"]],
];

describe("findNumbers", () => {
  it.each(cases)("%s", (text, expected) => {
    const got = findNumbers(text, 0, text.length).map((n) =>
      [n.kind, n.amount, n.currency ?? n.unit ?? "", n.conversion ? "conversion" : ""]
        .filter((x) => x !== "" && x !== undefined)
        .join(":"),
    );
    expect(got.map((g) => g.replace(/:scaled$/, ""))).toEqual(expected);
  });
});
