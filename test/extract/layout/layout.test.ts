import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { isJunkLine, readLayout } from "../../../src/extract/layout/index.js";
import { splitSentences } from "../../../src/extract/sentences.js";

const briefing = [
  "SCIO briefing on trade",
  "Beijing | 10 a.m. July 13, 2021",
  "",
  "Li Kuiwen, spokesperson of the General Administration of Customs",
  "",
  "Li Kuiwen:",
  "",
  "Exports grew 28.1%.",
  "",
  "Phoenix TV:",
  "",
  "What about imports? Thank you.",
  "",
  "Li Kuiwen:",
  "",
  "Imports grew 25.9%.",
  "",
  "",
  "",
  "And the second half? Thank you.",
  "",
  "Li Kuiwen:",
  "",
  "We expect growth.",
  "心水博平台 纽约国际城游戏帐号 明仕亚洲城会员开户",
].join("\n");

describe("datelines without a year", () => {
  // the month and day of a dateline are read by src/extract/metadata (text-date.test.ts)
  it("dates the document by the periods it reports", () => {
    const text = "Title\n\nHAIKOU, Jan. 20 (Xinhua) -- Trade hit 231.23 billion yuan in 2023.\n";
    const doc = extractDocument(new TextEncoder().encode(text), "t.txt");
    expect(doc.document.date).toBe("2024-01-20");
    const none =
      "Title\n\nBEIJING, Dec. 7 -- Imports rose 1.7 percent in the first 11 months of this year.\n";
    const undated = extractDocument(new TextEncoder().encode(none), "u.txt");
    expect(undated.document.date).toBeNull();
    expect(undated.tradeFacts).toEqual([]);
  });
});

describe("speaker lines with a role", () => {
  it.each([
    ["Zhao Ming, vice minister of Commerce:", "Zhao Ming", false],
    ["Chen Hui, spokesperson of the GACC:", "Chen Hui", false],
    ["Li Kuiwen:", "Li Kuiwen", false],
    ["Bloomberg News:", null, true],
  ])("%s", (label, speaker, fromFloor) => {
    const text = `Press conference on trade\nMay 9, 2024\n\n${label}\n\nWhat is the outlook?\n`;
    const layout = readLayout(text);
    const turn = layout.turns.find((t) => text.slice(t.start, t.end).includes(label));
    expect(turn?.speaker ?? null).toBe(speaker);
    expect(turn?.fromFloor).toBe(fromFloor);
  });

  it("keeps the role for the speaker's agency and reads the answer after an outlet's question", () => {
    const text = [
      "Press conference on trade in the first quarter of 2024",
      "April 12, 2024",
      "",
      "Reuters:",
      "",
      "What about trade with Japan?",
      "",
      "Chen Hui, spokesperson of the GACC:",
      "",
      "Trade with Japan was 500 billion yuan, down 3.1 percent.",
      "",
    ].join("\n");
    const layout = readLayout(text);
    expect(layout.speakers).toEqual(["Chen Hui"]);
    expect(layout.roster.map((r) => text.slice(r.role.start, r.role.end))).toEqual([
      "spokesperson of the GACC",
    ]);
    const doc = extractDocument(new TextEncoder().encode(text), "t.txt");
    expect(doc.tradeFacts.map((f) => [f.partner, f.changePct, f.speaker])).toEqual([
      ["country:JPN", -3.1, "Chen Hui"],
    ]);
  });
});

describe("readLayout", () => {
  const layout = readLayout(briefing);
  const turnOf = (needle: string) =>
    layout.turns.find((t) => briefing.slice(t.start, t.end).includes(needle));

  it("reads title and speakers", () => {
    expect(layout.title).toBe("SCIO briefing on trade");
    expect(layout.speakers).toEqual(["Li Kuiwen"]);
  });

  it("gives each turn its speaker; outlets and unlabelled questions are from the floor", () => {
    expect(turnOf("Exports grew")?.speaker).toBe("Li Kuiwen");
    expect(turnOf("What about imports")?.fromFloor).toBe(true);
    expect(turnOf("And the second half")?.fromFloor).toBe(true);
    expect(turnOf("Imports grew")?.speaker).toBe("Li Kuiwen");
  });

  it("drops trailing lines in other scripts", () => {
    expect(layout.lines.some((l) => briefing.slice(l.start, l.end).includes("心水"))).toBe(false);
    expect(isJunkLine("明仕亚洲城会员开户 520彩票开奖")).toBe(true);
    expect(isJunkLine("Exports of the PPCR (中欧班列) grew")).toBe(false);
  });
});

describe("splitSentences", () => {
  it("keeps exact offsets and does not split after abbreviations", () => {
    const text = "Trade with the U.S. grew. Mr. Li said exports rose 5%. Imports fell!";
    const s = splitSentences(text, { start: 0, end: text.length }).map((r) =>
      text.slice(r.start, r.end),
    );
    expect(s).toEqual([
      "Trade with the U.S. grew.",
      "Mr. Li said exports rose 5%.",
      "Imports fell!",
    ]);
  });

  it("works on CRLF lines", () => {
    const text = "First line. Second one.\r\nNext";
    const s = splitSentences(text, { start: 0, end: 25 }).map((r) => text.slice(r.start, r.end));
    expect(s).toEqual(["First line.", "Second one."]);
  });
});

describe("Q/A transcripts and speakers outside the roster", () => {
  const text = [
    "Press conference on trade",
    "March 7, 2024",
    "",
    "Wang Lingjun, vice minister of the General Administration of Customs",
    "",
    "Q: Did exports grow 99% in February?",
    "",
    "A: Exports grew 7.1% in the first two months.",
    "",
    "Wang Lingjun:",
    "",
    "Imports grew 3.5%.",
    "",
    "Chen Ming:",
    "",
    "Could you say more about imports? Thank you.",
  ].join("\n");
  const layout = readLayout(text);
  const turnOf = (needle: string) =>
    layout.turns.find((t) => text.slice(t.start, t.end).includes(needle));

  it("treats Q: as the floor and A: as the official", () => {
    expect(turnOf("99%")?.fromFloor).toBe(true);
    expect(turnOf("7.1%")?.fromFloor).toBe(false);
  });

  it("treats a name missing from the roster who asks a question as the floor", () => {
    expect(turnOf("Could you say more")?.fromFloor).toBe(true);
    expect(layout.speakers).toEqual(["Wang Lingjun"]);
  });
});

describe("which lines start a speaker's turn", () => {
  // a line "Label: ..." is a turn only when the label is a speaker, not page metadata
  const lineIsTurn = (line: string): boolean => {
    const text = ["Trade news", "", line, "", "Exports grew 5%."].join("\n");
    return readLayout(text).turns.some((t) => text.slice(t.start, t.end).startsWith(line));
  };
  it.each([
    ["Li Kuiwen:", true],
    ["Q: How did exports do?", true],
    ["A: Exports grew.", true],
    ["Phoenix TV:", true],
    ["Updated: November 7, 2023", false],
    ["Updated: 2023-10-24 16:05", false],
    ["By Wang Lin in Guangzhou | chinadaily.com.cn | Updated: 2023-10-24 16:05", false],
    ["Source: Xinhua", false],
    ["Editor: Zhang Wei", false],
    ["Published: March 8, 2024", false],
    ["Date: 2024-03-08", false],
    ["Released: July 12, 2024", false],
    ["Beijing: 10:00 a.m.", false],
    ["From: Xiamen Daily", false],
    ["Shanghai: The city's exports rose in the first half of the year.", false],
    ["Wang Lin: The city's exports rose in the first half of the year.", true],
  ])("%s → turn %s", (line, turn) => {
    expect(lineIsTurn(line)).toBe(turn);
  });

  it("keeps the figures after a dateline (no turn from the floor)", () => {
    const text = "Trade news\nUpdated: November 7, 2023\n\nExports grew 5%.";
    const layout = readLayout(text);
    expect(layout.speakers).toEqual([]);
    expect(layout.turns.every((t) => !t.fromFloor)).toBe(true);
  });
});
