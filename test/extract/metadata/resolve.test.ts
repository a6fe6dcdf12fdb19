/** The order of trust: CALLER > SIDECAR > HTML > TEXT > URL > NONE. */
import { describe, expect, it } from "vitest";
import type { DateSource } from "../../../src/core/contract.js";
import {
  type MetaSources,
  readsTextDate,
  resolveDocumentMeta,
} from "../../../src/extract/metadata/resolve.js";

const NOW = new Date("2024-06-01T12:00:00Z");
const URL_DATED = "https://x.org/news/2020/01-05/a.html";
const html = { date: "2021-02-02", url: "https://x.org/2019/03/03/page.html", title: "Page" };

const CASES: Array<[string, MetaSources, string | null, string | null, DateSource]> = [
  [
    "the caller over everything",
    { input: { date: "2023-01-01", dateSource: "CALLER", url: URL_DATED }, html },
    "2022-12-12",
    "2023-01-01",
    "CALLER",
  ],
  [
    "a sidecar over the page",
    { input: { date: "2023-01-02", dateSource: "SIDECAR" }, html },
    "2022-12-12",
    "2023-01-02",
    "SIDECAR",
  ],
  ["the page over the text", { html }, "2022-12-12", "2021-02-02", "HTML"],
  ["the text over the URL", { input: { url: URL_DATED } }, "2022-12-12", "2022-12-12", "TEXT"],
  ["the caller's URL", { input: { url: URL_DATED }, html }, null, "2021-02-02", "HTML"],
  ["the URL when nothing else dates it", { input: { url: URL_DATED } }, null, "2020-01-05", "URL"],
  [
    "the page's URL when the caller gives none",
    { html: { ...html, date: null } },
    null,
    "2019-03-03",
    "URL",
  ],
  ["nothing", {}, null, null, "NONE"],
  ["a future date in the text is an event's", {}, "2030-01-01", null, "NONE"],
];

describe("resolveDocumentMeta", () => {
  it.each(CASES)("%s", (_, sources, textDate, date, dateSource) => {
    const meta = resolveDocumentMeta(sources, { date: textDate, title: "First line" }, NOW);
    expect({ date: meta.date, dateSource: meta.dateSource }).toEqual({ date, dateSource });
  });

  it("takes title and URL by the same order: caller, page, text", () => {
    const fromText = { date: null, title: "First line" };
    expect(resolveDocumentMeta({ input: { title: "Mine" }, html }, fromText, NOW)).toMatchObject({
      title: "Mine",
      url: html.url,
    });
    expect(resolveDocumentMeta({ html }, fromText, NOW).title).toBe("Page");
    expect(resolveDocumentMeta({}, fromText, NOW)).toMatchObject({
      title: "First line",
      url: null,
    });
  });
});

describe("readsTextDate", () => {
  // where it says the text's date is not needed, resolving without it gives the same answer
  it.each(CASES)("%s", (_what, sources, textDate) => {
    const withText = resolveDocumentMeta(sources, { date: textDate, title: null }, NOW);
    const reads = readsTextDate(sources, NOW);
    if (!reads)
      expect(resolveDocumentMeta(sources, { date: null, title: null }, NOW)).toEqual(withText);
    expect(reads).toBe(
      withText.dateSource === "TEXT" ||
        !["CALLER", "SIDECAR", "HTML"].includes(withText.dateSource),
    );
  });

  it.each([
    ["a caller's date", { input: { date: "2023-01-01", dateSource: "CALLER" } }, false],
    ["a page's date", { html: { ...html } }, false],
    ["a page's date in the future", { html: { ...html, date: "2030-01-01" } }, true],
    ["a caller's URL alone", { input: { url: URL_DATED } }, true],
    ["nothing", {}, true],
  ] as Array<[string, MetaSources, boolean]>)("%s", (_what, sources, expected) => {
    expect(readsTextDate(sources, NOW)).toBe(expected);
  });
});
