import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";

const ids = (text: string) =>
  extractDocument(new TextEncoder().encode(text), "hygiene.txt").entities.map((e) => e.id);

describe("names that are no entity", () => {
  it("drops a place that only files the report (dateline)", () => {
    const got = ids(
      "Exports rise\n\nNANJING, March 3 (Xinhua) -- Exports of Jiangsu rose in February.\n",
    );
    expect(got).not.toContain("region:nanjing");
    expect(got).toContain("region:CN-JS");
  });

  it("keeps the province, not the direction, in 'east China's Zhejiang'", () => {
    const got = ids("Ports report\n\nTrade in east China's Zhejiang province grew.\n");
    expect(got).toContain("region:CN-ZJ");
    expect(got).not.toContain("region:eastern-region");
  });

  it("does not list a news outlet", () => {
    expect(
      ids("Report\n\nThe figures were carried by Xinhua News Agency on Monday.\n"),
    ).not.toContain("agency:xinhua-news-agency");
  });
});
