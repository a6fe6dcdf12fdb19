import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("extractDocument", () => {
  it("gives the document id from the sha256 of its bytes", () => {
    const doc = extractDocument(enc("Title\nJuly 1, 2021\n\nNothing here.\n"), "a.txt");
    expect(doc.document.id).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(doc.contract).toBe("trade-kg/extraction@1");
    expect(doc.document.extractor).toMatch(/^trade-kg \d/);
  });

  it("returns a valid empty result for a text with no facts", () => {
    const doc = extractDocument(
      enc("A note\n\nThe meeting was held in a friendly atmosphere.\n"),
      "n.txt",
    );
    expect(doc.tradeFacts).toEqual([]);
    expect(doc.policyFacts).toEqual([]);
    expect(doc.document.date).toBeNull();
  });

  it("gives the same facts for CRLF and LF files, with offsets into each", () => {
    const lf =
      "Trade release\nJuly 13, 2021\n\nIn the first half of the year, exports grew 28.1% to 9.85 trillion yuan.\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = extractDocument(enc(lf), "lf.txt");
    const b = extractDocument(enc(crlf), "crlf.txt");
    expect(b.tradeFacts.map((f) => f.id)).toEqual(a.tradeFacts.map((f) => f.id));
    const f = b.tradeFacts[0];
    expect(crlf.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
  });

  it("skips trailing lines in another script", () => {
    const text =
      "Trade release\nJuly 13, 2021\n\nIn June, exports grew 5% to 2 trillion yuan.\n\n心水博平台 纽约国际城游戏帐号 明仕亚洲城会员开户 520彩票开奖\n";
    const doc = extractDocument(enc(text), "spam.txt");
    expect(doc.tradeFacts).toHaveLength(1);
    expect(doc.entities.every((e) => e.mentions.every((m) => m.end < text.indexOf("心水")))).toBe(
      true,
    );
  });

  it("handles a large document in one pass", () => {
    const para =
      "In the first half of the year, China's exports to ASEAN grew 5% to 2 trillion yuan, while imports from the EU fell 3%.\n\n";
    const text = `Large release\nJuly 13, 2021\n\n${para.repeat(20000)}`;
    const t0 = performance.now();
    const doc = extractDocument(enc(text), "large.txt");
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(doc.tradeFacts.length).toBeGreaterThan(0);
  });

  it("stays linear on a 2 MB line without sentence breaks", () => {
    const run =
      "we supported the Hainan Free Trade Port and exports to the US grew 5% while ASEAN trade rose 3% and ";
    const text = `Run-on text\nJuly 13, 2021\n\n${run.repeat(20000)}\n`;
    const t0 = performance.now();
    const doc = extractDocument(enc(text), "runon.txt");
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(doc.entities.some((e) => e.id === "zone:hainan-free-trade-port")).toBe(true);
  });
});
