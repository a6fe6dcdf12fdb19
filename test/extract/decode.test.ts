import { describe, expect, it } from "vitest";
import { TradeKgError } from "../../src/core/errors.js";
import { decodeText, MAX_INPUT_BYTES } from "../../src/extract/decode.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { htmlToText, looksLikeHtml } from "../../src/extract/html.js";

const enc = (s: string) => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array): TradeKgError {
  try {
    decodeText(bytes, "bad.txt");
  } catch (e) {
    return e as TradeKgError;
  }
  throw new Error("not refused");
}

describe("decodeText", () => {
  it("removes a BOM and keeps line endings", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("a\r\nb")]), "x")).toBe("a\r\nb");
  });

  it.each([
    ["empty", new Uint8Array()],
    ["white space only", enc(" \n\t\n")],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])],
    ["invalid UTF-8", new Uint8Array([0x41, 0xc3, 0x28, 0x42])],
  ])("refuses %s input with INPUT_UNREADABLE naming the file", (_, bytes) => {
    const e = refusal(bytes);
    expect(e).toBeInstanceOf(TradeKgError);
    expect(e.code).toBe("INPUT_UNREADABLE");
    expect(e.message).toContain("bad.txt");
  });

  it("refuses input over the size limit before decoding it", () => {
    const e = refusal(new Uint8Array(MAX_INPUT_BYTES + 1));
    expect(e.message).toMatch(/limit/);
  });
});

describe("HTML input", () => {
  const html =
    "<!DOCTYPE html><html><head><title>Trade news</title><style>p{}</style><script>var x='exports rose 99%';</script></head>" +
    "<body><h1>Trade news</h1><p>Published July 13, 2021</p><p>In the first half of the year, China&#39;s exports grew 28.1% to 9.85 trillion yuan.</p></body></html>";

  it("is recognised and reduced to its text", () => {
    expect(looksLikeHtml(html)).toBe(true);
    const text = htmlToText(html);
    expect(text).toContain("China's exports grew 28.1%");
    expect(text).not.toContain("var x");
    expect(text).not.toContain("<p>");
  });

  it.each([
    ["a doctype after white space", "\n  <!doctype html><p>x", true],
    ["three block tags in the head", "News\n<div><p>Trade</p><br></div>", true],
    ["plain text", "Exports rose 5 percent > imports", false],
    ["a sign in the text only", "Trade a < b, <p> c", false],
    ["tags only after the head", `${"x".repeat(2048)}<html><p><div>`, false],
  ])("tells HTML from text: %s", (_what, text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it("yields facts whose offsets point into the reduced text", () => {
    const doc = extractDocument(enc(html), "page.html");
    const text = htmlToText(html);
    expect(doc.document.title).toBe("Trade news");
    expect(doc.tradeFacts).toHaveLength(1);
    const f = doc.tradeFacts[0];
    expect(f.value).toEqual({ amount: 9850000000000, currency: "CNY" });
    expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
  });
});
