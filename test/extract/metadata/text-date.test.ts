/** The date a text states for itself: date lines, labels, datelines, stamps; never an event's. */
import { describe, expect, it } from "vitest";
import { readTextDate } from "../../../src/extract/metadata/text-date.js";

const CASES: Array<[string, string, string | null]> = [
  ["a date line under the title", "Customs briefing\nApril 12, 2024\nExports rose.", "2024-04-12"],
  ["a labelled ISO stamp", "Title\nUpdated: 2021-10-19 09:09\nText.", "2021-10-19"],
  ["a label with a space", "Title\nUpdated : 2018-09-30\nText.", "2018-09-30"],
  ["a label after a bracket", "Title\n( Updated: 2015-07-31 17:06\nText.", "2015-07-31"],
  ["a label in a by-line", "Title\nBy Wang Lin | Updated: 2023-10-24 16:05\nText.", "2023-10-24"],
  ["a slashed release date", "Title\nRelease Date:11/11/2020\nText.", "2020-11-11"],
  ["place and time", "Title\nBeijing | 10 a.m. July 30, 2024\nText.", "2024-07-30"],
  ["day-month-year", "Site\n25th January 2018\nBy: Reuters", "2018-01-25"],
  ["weekday and ordinal", "Site\nTue 14th July 2020 | 03:42 PM\nText.", "2020-07-14"],
  ["a bracketed stamp", "Title\n\n[2016-08-17 15:28:47]\n\nText.", "2016-08-17"],
  [
    "a stamp closing a long headline",
    `Title\n${"What have pilot zones achieved in the first quarter? ".repeat(5)}(2023-05-11)\nText.`,
    "2023-05-11",
  ],
  [
    "a wire dateline with its year",
    "Title\nBEIJING, Dec. 7, 2023 -- China imported 88.59 million tonnes of soybeans.",
    "2023-12-07",
  ],
  [
    "a wire dateline without a year: the year the text's periods imply",
    "Title\nHAIKOU, Jan. 20 (Xinhua) -- Hainan's trade rose 15.3 percent in 2023.",
    "2024-01-20",
  ],
  ["a dateline without a year and no year in the text", "T\nHAIKOU, Jan. 20 -- Trade rose.", null],
  [
    "an event date opening the body",
    "Tariff plan\nOn Jan. 1, 2022, the agreement came into force, and tariffs on 8,000 items were cut.",
    null,
  ],
  [
    "a photo caption dated in prose",
    "Title\nAerial photo taken on March 28, 2020 shows a freight train leaving the Wuhan terminal of the railway.",
    null,
  ],
  [
    "a short sentence ending in a full stop",
    "Title\nThe plan took effect on Jan 1, 2017.\nText",
    null,
  ],
  ["a date in the title line with other words", "Tariffs fall on January 1, 2017\nText.", null],
  ["a relative time is not a date", "Title\n2 minutes ago\nText.", null],
  ["a day that does not exist", "Title\nFebruary 30, 2023\nText.", null],
  ["no date at all", "Orlandia's trade grew.\nExports rose 3 percent.", null],
  [
    "a labelled stamp in a long line that ends a sentence",
    "Title\nXinhua | Updated: 2023-10-24 16:05 | Customs released the foreign trade data of the first three quarters today.\nText.",
    "2023-10-24",
  ],
  [
    "a wire dateline with an em dash",
    "Title\nBEIJING, Dec. 7, 2023 — China imported 88.59 million tonnes of soybeans, customs data showed.",
    "2023-12-07",
  ],
  [
    "a dateline without a year, an en dash after the agency",
    "Title\nHAIKOU, Jan. 20 (Xinhua) – Hainan's trade rose 15.3 percent in 2023, the customs office said.",
    "2024-01-20",
  ],
  [
    "a bracketed stamp opening a long sentence",
    "Title\n[2016-08-17 15:28:47] The customs office released the foreign trade data of the first seven months today.\nText.",
    "2016-08-17",
  ],
];

describe("readTextDate", () => {
  it.each(CASES)("%s", (_, text, expected) => {
    expect(readTextDate(text).date).toBe(expected);
  });

  it("reads only the top lines: a date line deep in the text is not the document's", () => {
    const body = Array.from({ length: 15 }, (_, i) => `Paragraph ${i} of the report.`).join("\n");
    expect(readTextDate(`Title\n${body}\nMay 8, 2024`).date).toBeNull();
  });
});
