/**
 * HTML pages → their readable text.
 *
 * Why: briefings are often saved as web pages. The extractor works on the text a reader sees,
 * so markup, scripts and styles are dropped and block elements become line breaks (speaker
 * turns and paragraphs are line-based). Design choice: for an HTML input, every offset in the
 * output refers to this reduced text, not to the raw file; the reduction is deterministic, so
 * the same file always yields the same text and the same offsets.
 */
import { Parser } from "htmlparser2";

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "title",
  "hr",
  "dd",
  "dt",
  "pre",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "head"]);

/** how much of the start of a file is looked at */
const HEAD = 2048;

export function looksLikeHtml(text: string): boolean {
  // every sign below opens with "<": plain text without one in its head is not cut and lowered
  const firstTag = text.indexOf("<");
  if (firstTag < 0 || firstTag >= HEAD) return false;
  const head = text.slice(0, HEAD).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = head.match(/<\/?(p|div|body|br|span|h[1-6]|table|meta)\b[^>]*>/g);
  return (tags?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let title = "";
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "title") inTitle = true;
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) out.push("\n");
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) out.push("\n");
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth === 0) out.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const body = out
    .join("")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const t = title.replace(/\s+/g, " ").trim();
  // A page whose body does not start with its title gets the title as first line.
  return t && !body.startsWith(t) ? `${t}\n\n${body}\n` : `${body}\n`;
}
