import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";

/** Whose trade a report measures when its figures name no one: the headline's area, or China. */
const BODY =
  "\n\nUpdated: 2021-07-20\n\nExports rose 12 percent to 80 billion yuan in the first half.\n";
const reporterOf = (top: string) =>
  extractDocument(new TextEncoder().encode(top + BODY), "t.txt").tradeFacts.map((f) => f.reporter);

describe("the default reporter", () => {
  it.each([
    ["a headline naming one province", "Fujian sees exports climb in first half", "region:CN-FJ"],
    [
      "page furniture before the headline names nothing",
      "1. 1\n2. 2\nHome / News\n\nFujian sees exports climb in first half",
      "region:CN-FJ",
    ],
    [
      "a site line above the headline names the area",
      "Fujian Government Online\n\nProvince's exports climb in first half",
      "region:CN-FJ",
    ],
    ["a headline naming no area is China's", "Exports climb in the first half", "country:CHN"],
    [
      "a headline naming a province and a country is China's",
      "Fujian leads China's export growth this year",
      "country:CHN",
    ],
  ])("%s", (_, top, reporter) => {
    expect(reporterOf(top)).toEqual([reporter]);
  });
});
