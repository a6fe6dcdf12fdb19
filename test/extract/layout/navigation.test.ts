import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { isNavigationLine } from "../../../src/extract/layout/navigation.js";

describe("page navigation lines", () => {
  it.each([
    ["Home > News > Business", true],
    ["Home / News", true],
    ["China / Society", true],
    ["Home > Press Conference Homepage>Foreign Investment", true],
    ["US EUROPE AFRICA ASIA", true],
    ["Beijing | 10 a.m. July 13, 2021", false],
    ["By Wang Lin in Guangzhou | chinadaily.com.cn | Updated: 2023-10-24 16:05", false],
    ["Exports / imports ratio rose to 1.2 in May.", false],
    ["China's exports rose 5% in May", false],
    ["ASEAN SUMMIT", false],
  ])("%s → %s", (line, nav) => {
    expect(isNavigationLine(line)).toBe(nav);
  });

  it("names no entity in a breadcrumb or a menu of regions", () => {
    const text =
      "China / Society\nUS EUROPE AFRICA ASIA\n\nMongolia becomes Inner Mongolia's top partner\n";
    const ids = extractDocument(new TextEncoder().encode(text), "nav.txt").entities.map(
      (e) => e.id,
    );
    expect(ids).toEqual(["country:MNG", "region:CN-NM"]);
  });
});
