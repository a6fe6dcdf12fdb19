/** A page's own metadata, from the fixture pages written for these tests. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type HtmlMeta, readHtmlMeta } from "../../../src/extract/metadata/html-meta.js";

const page = (name: string) => readFileSync(`test/fixtures/metadata/${name}`, "utf8");

const CASES: Array<[string, HtmlMeta]> = [
  [
    "article-published.html",
    {
      date: "2023-06-07",
      url: "https://news.example.org/business/orlandia-may.html",
      title: "Orlandia trade grows in May",
    },
  ],
  [
    "dublin-core.html",
    {
      date: "2019-11-28",
      url: "https://customs.example.org/notices/2019/orlandia.html",
      title: "Orlandia customs notice",
    },
  ],
  ["meta-date.html", { date: "2021-10-19", url: null, title: "Orlandia port figures" }],
  [
    "json-ld.html",
    {
      date: "2024-02-29",
      url: "https://wire.example.org/2024/orlandia-deal",
      title: "Orlandia and Nordland sign customs deal",
    },
  ],
  ["time-datetime.html", { date: "2022-08-08", url: null, title: "Orlandia's soybean imports" }],
];

describe("readHtmlMeta", () => {
  it.each(CASES)("%s", (name, expected) => {
    expect(readHtmlMeta(page(name))).toEqual(expected);
  });

  it("keeps the day as the page wrote it, whatever its time zone", () => {
    const html = '<meta property="article:published_time" content="2023-01-01T07:00:00+08:00">';
    expect(readHtmlMeta(html).date).toBe("2023-01-01");
  });

  it("reads a time stamp joined to its date ('2023-05-11-10:00:00')", () => {
    const html = '<meta name="firstpublishedtime" content="2023-05-11-10:00:00">';
    expect(readHtmlMeta(html).date).toBe("2023-05-11");
  });

  it("ignores broken JSON-LD, relative canonical links and modification dates", () => {
    const html = `<script type="application/ld+json">{not json</script>
      <link rel="canonical" href="/news/1.html">
      <meta property="article:modified_time" content="2023-06-09">`;
    expect(readHtmlMeta(html)).toEqual({ date: null, url: null, title: null });
  });
});
