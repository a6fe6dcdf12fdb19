/**
 * A web page's own metadata: its publication date, address and title, read from the raw HTML
 * (before it is reduced to text, which drops the head).
 *
 * Why these sources, in this order: publishers state the date for search engines and social
 * networks in a few conventional places: Open Graph / article tags (`article:published_time`),
 * Dublin Core (`DC.date.issued`, `dcterms.created`), plain `<meta name="date">` and its
 * variants (`pubdate`, `publishdate`, Chinese government sites' `PubDate` and
 * `firstpublishedtime`), schema.org JSON-LD (`datePublished`), and `<time datetime>` in the
 * body. Meta tags come first (the page's declared date), JSON-LD next, `<time>` last (a page
 * can carry times of other things). A modification date is not a publication date.
 */
import { Parser } from "htmlparser2";
import { findDates } from "./dates.js";

export interface HtmlMeta {
  date: string | null;
  url: string | null;
  title: string | null;
}

/** meta names/properties that state the publication date, most trusted first */
const DATE_KEYS = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dc.date.created",
  "dcterms.created",
  "date",
  "pubdate",
  "publishdate",
  "publish_date",
  "publish-date",
  "publication_date",
  "citation_publication_date",
  "firstpublishedtime",
  "sailthru.date",
  "parsely-pub-date",
];
const TITLE_KEYS = ["og:title", "dc.title", "dcterms.title", "twitter:title"];
const URL_KEYS = ["og:url"];

interface Collected {
  meta: Map<string, string>;
  canonical: string | null;
  times: string[];
  jsonLd: string[];
  title: string;
}

export function readHtmlMeta(html: string): HtmlMeta {
  const c = collect(html);
  const ld = c.jsonLd.map(parseJsonLd).filter((x): x is LdFacts => x !== null);
  const date =
    firstDate(DATE_KEYS.map((k) => c.meta.get(k))) ??
    firstDate(ld.map((x) => x.datePublished)) ??
    firstDate(c.times);
  const title =
    firstText(TITLE_KEYS.map((k) => c.meta.get(k))) ??
    firstText(ld.map((x) => x.headline)) ??
    firstText([c.title]);
  const url =
    firstUrl(URL_KEYS.map((k) => c.meta.get(k))) ??
    firstUrl([c.canonical]) ??
    firstUrl(ld.map((x) => x.url));
  return { date, url, title };
}

function collect(html: string): Collected {
  const c: Collected = { meta: new Map(), canonical: null, times: [], jsonLd: [], title: "" };
  let inTitle = false;
  let ldScript: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (key && attrs.content && !c.meta.has(key)) c.meta.set(key, attrs.content);
        } else if (name === "link" && /\bcanonical\b/i.test(attrs.rel ?? "") && attrs.href) {
          c.canonical ??= attrs.href;
        } else if (name === "time" && attrs.datetime) {
          // <time pubdate> marks the article's own date: it goes first
          if ("pubdate" in attrs) c.times.unshift(attrs.datetime);
          else c.times.push(attrs.datetime);
        } else if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) {
          ldScript = [];
        } else if (name === "title" && !c.title) {
          inTitle = true;
        }
      },
      ontext(data) {
        if (ldScript) ldScript.push(data);
        else if (inTitle) c.title += data;
      },
      onclosetag(name) {
        if (name === "script" && ldScript) {
          c.jsonLd.push(ldScript.join(""));
          ldScript = null;
        } else if (name === "title") inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return c;
}

interface LdFacts {
  datePublished?: string;
  headline?: string;
  url?: string;
}

/** The first schema.org object (top level, in an array or under @graph) that has a date. */
function parseJsonLd(text: string): LdFacts | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null; // a broken JSON-LD block is the page's problem, not a reason to fail
  }
  const queue: unknown[] = [data];
  let first: LdFacts | null = null;
  for (let i = 0; i < queue.length && i < 200; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o["@graph"])) queue.push(...o["@graph"]);
      const facts: LdFacts = {
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        headline: str(o.headline) ?? str(o.name),
        url: str(o.url) ?? str((o.mainEntityOfPage as Record<string, unknown>)?.["@id"]),
      };
      if (facts.datePublished) return facts;
      first ??= facts;
    }
  }
  return first;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

/** Machine dates ("2023-05-11T10:00:00+08:00", "2023-05-11-10:00:00") as written, by chrono. */
function firstDate(values: (string | undefined)[]): string | null {
  for (const v of values) {
    if (!v) continue;
    // the day as the page wrote it: the part before a time is what its readers saw
    const found =
      findDates(v).find((d) => d.date)?.date ?? findDates(v.slice(0, 10)).find((d) => d.date)?.date;
    if (found) return found;
  }
  return null;
}

function firstText(values: (string | undefined)[]): string | null {
  for (const v of values) {
    const t = v?.replace(/\s+/g, " ").trim();
    if (t) return t;
  }
  return null;
}

function firstUrl(values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (!v) continue;
    try {
      const u = new URL(v.trim());
      if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    } catch {
      // a relative canonical link says nothing about the host: skip it
    }
  }
  return null;
}
