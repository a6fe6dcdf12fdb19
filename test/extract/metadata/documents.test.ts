/**
 * Dates flow from every source into the document and its periods: the fixture files written
 * for these tests (a text with a sidecar, pages with each kind of metadata, a text with only a
 * URL, one with no date at all, one whose only date is an event's).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DateSource, Period } from "../../../src/core/contract.js";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { metadataFor } from "../../../src/ingest/read-sidecar.js";

const DIR = "test/fixtures/metadata";

const CASES: Array<[string, string | null, DateSource, Period[]]> = [
  // the sidecar's date wins over the date folder of the sidecar's URL (2022-03-01)
  [
    "sidecar-release.txt",
    "2021-07-20",
    "SIDECAR",
    [
      { start: "2021-01", end: "2021-06" },
      { start: "2021-06", end: "2021-06" },
    ],
  ],
  ["url-only.txt", "2023-04-14", "URL", [{ start: "2023-01", end: "2023-03" }]],
  // the page's published time wins over the "Updated:" line of its body
  ["article-published.html", "2023-06-07", "HTML", [{ start: "2023-05", end: "2023-05" }]],
  ["dublin-core.html", "2019-11-28", "HTML", []],
  ["meta-date.html", "2021-10-19", "HTML", []],
  ["json-ld.html", "2024-02-29", "HTML", []],
  ["time-datetime.html", "2022-08-08", "HTML", [{ start: "2022-07", end: "2022-07" }]],
  // no date: the stated year dates the months of its paragraph, not "June" in the next one
  [
    "no-date.txt",
    null,
    "NONE",
    [
      { start: "2023-01", end: "2023-07" },
      { start: "2023-01", end: "2023-07" },
      { start: "2023-07", end: "2023-07" },
    ],
  ],
  ["event-date-only.txt", null, "NONE", []],
];

describe.each(CASES)("%s", (name, date, dateSource, periods) => {
  it(`is dated ${date} from ${dateSource}, and its periods follow`, async () => {
    const path = `${DIR}/${name}`;
    const doc = extractDocument(readFileSync(path), path, await metadataFor(path));
    expect(doc.document).toMatchObject({ date, dateSource });
    expect(doc.tradeFacts.map((f) => f.period)).toEqual(periods);
  });
});

describe("the caller's metadata", () => {
  it("wins over the sidecar: date, URL and title", async () => {
    const path = `${DIR}/sidecar-release.txt`;
    const meta = await metadataFor(path, { date: "2022-07-12", title: "Mine" });
    const doc = extractDocument(readFileSync(path), path, meta);
    expect(doc.document).toMatchObject({
      date: "2022-07-12",
      dateSource: "CALLER",
      title: "Mine",
      url: "https://news.example.org/2022/03-01/orlandia.html",
    });
    expect(doc.tradeFacts[0].period).toEqual({ start: "2022-01", end: "2022-06" });
  });

  it("dates an HTML page over its own metadata", () => {
    const path = `${DIR}/article-published.html`;
    const doc = extractDocument(readFileSync(path), path, { date: "2024-06-01" });
    expect(doc.document).toMatchObject({ date: "2024-06-01", dateSource: "CALLER" });
    expect(doc.tradeFacts[0].period).toEqual({ start: "2024-05", end: "2024-05" });
  });
});
