/** Dated folders in a page's address. */
import { describe, expect, it } from "vitest";
import { urlDate } from "../../../src/extract/metadata/url-date.js";

const CASES: Array<[string | null, string | null]> = [
  ["http://www.news.cn/english/2021-10/19/c_1310255211.htm", "2021-10-19"],
  ["http://www.example.gov.cn/news/202308/17/content_123.html", "2023-08-17"],
  ["http://www.ecns.cn/business/2018/02-11/291566.shtml", "2018-02-11"],
  ["http://www.example.com/tariff/2016/0817/113120.html", "2016-08-17"],
  ["https://example.org/world/2023/05/11/trade.html", "2023-05-11"],
  ["https://example.org/a/20230511/story.html", "2023-05-11"],
  ["https://example.org/a/2023-05-11/story.html", "2023-05-11"],
  ["https://example.org/a/2023/02-30/story.html", null], // not a real day
  ["https://example.org/statics/31e5ddc6-140c-4cb0.html", null],
  ["https://example.org/2023/story.html", null], // a year alone is no day
  ["not a url", null],
  [null, null],
];

describe("urlDate", () => {
  it.each(CASES)("%s → %s", (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });
});
