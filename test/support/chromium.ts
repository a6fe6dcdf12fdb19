/**
 * Debian's chromium driven by playwright-core, for the browser tests, and a recorder of what
 * a page did that it must not: console errors, uncaught exceptions, and requests to any
 * host other than the server under test (the pages must work with no internet).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PageRecord {
  /** console errors and uncaught exceptions, in order */
  errors: string[];
  /** every URL requested that is not on `origin` (data: and blob: URLs are local) */
  outside: string[];
}

export function recordPage(page: Page, origin: string): PageRecord {
  const record: PageRecord = { errors: [], outside: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => record.errors.push(`exception: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      record.outside.push(url);
  });
  return record;
}
