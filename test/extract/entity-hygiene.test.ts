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

  it("reads no reporter from a dateline, even one with a credit", () => {
    const text =
      "Trade report\n\nBEIJING, (APP - Asia Point News - 14th Jul, 2020 ) :Exports of Jiangsu rose 5 percent in June 2020.\n";
    const doc = extractDocument(new TextEncoder().encode(text), "dateline.txt");
    const ids = doc.entities.map((e) => e.id);
    expect(ids).not.toContain("region:CN-BJ");
    expect(doc.tradeFacts.map((f) => f.reporter)).not.toContain("region:CN-BJ");
  });

  it("reads no place in a person's name", () => {
    expect(ids("Trade news\n\nMinister Jordan Lee said exports rose.\n")).not.toContain(
      "country:JOR",
    );
  });

  it("reads 'computer and communication products' as one kind of goods", () => {
    expect(ids("Trade news\n\nExports of computer and communication products rose.\n")).toEqual([
      "commodity:computer-and-communication-products",
    ]);
  });
});
