/**
 * A document's date, URL and title, chosen among every source by the order of trust:
 * CALLER > SIDECAR > HTML > TEXT > URL > NONE.
 *
 * Why this order: what the user states (a flag, a sidecar they saved) is what they know; a
 * page's metadata is what its publisher declared; a date line in the text is the publisher's
 * too but is read by rules; a URL folder is the filing day, sometimes not the publishing day.
 * Every period the text states ("this year", "in May") is resolved against the date chosen
 * here. A date from the document itself that lies in the future is an event's, not the
 * document's, and is passed over.
 */
import type { DateSource } from "../../core/contract.js";
import { latestDocumentDay } from "./dates.js";
import type { HtmlMeta } from "./html-meta.js";
import type { DocumentMetaInput } from "./meta-input.js";
import { urlDate } from "./url-date.js";

export interface MetaSources {
  /** what the caller or a sidecar stated (validated already) */
  input?: DocumentMetaInput;
  /** the page's own metadata, for HTML input */
  html?: HtmlMeta | null;
}

export interface ResolvedMeta {
  date: string | null;
  dateSource: DateSource;
  url: string | null;
  title: string | null;
}

/**
 * Whether `resolveDocumentMeta(sources, fromText, now)` can choose the text's date: not when the
 * caller, a sidecar or the page states one it accepts (a day not after `now`'s latest), so the
 * text's date lines need not be read (chrono is the costliest step of the metadata).
 */
export function readsTextDate(sources: MetaSources, now: Date = new Date()): boolean {
  const latest = latestDocumentDay(now);
  const accepted = (date: string | null | undefined) => !!date && date <= latest;
  return !accepted(sources.input?.date) && !accepted(sources.html?.date);
}

export function resolveDocumentMeta(
  sources: MetaSources,
  fromText: { date: string | null; title: string | null },
  now: Date = new Date(),
): ResolvedMeta {
  const { input, html } = sources;
  const url = input?.url ?? html?.url ?? null;
  const title = input?.title ?? html?.title ?? fromText.title;
  const latest = latestDocumentDay(now);
  const candidates: Array<[DateSource, string | null | undefined]> = [
    [input?.dateSource ?? "CALLER", input?.date],
    ["HTML", html?.date],
    ["TEXT", fromText.date],
    ["URL", urlDate(url)],
  ];
  for (const [dateSource, date] of candidates) {
    if (date && date <= latest) return { date, dateSource, url, title };
  }
  return { date: null, dateSource: "NONE", url, title };
}
