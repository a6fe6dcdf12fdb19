/**
 * A publication date in a page's address: "/2021-10/19/", "/202308/17/", "/2018/02-11/",
 * "/2016/0817/", "/2023/05/11/", "/20230511/", "/2023-05-11/".
 *
 * Why: news and government sites file articles in dated folders, and a saved page often keeps
 * nothing else of its date. It is the least trusted source (a folder can be the date of
 * filing, not of publishing), used only when the metadata and the text state no date. The
 * shapes below are those of folder names; every day found is checked against the calendar.
 */
import { isoDay } from "./dates.js";

/** path shapes, each giving year, month, day from its groups */
const SHAPES: RegExp[] = [
  /\/((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?=[/_.-]|$)/, // /2023-05-11/, /20230511/, /20230511_x.html
  /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})(?=\/)/, // /2021-10/19/, /202308/17/
  /\/((?:19|20)\d{2})\/(\d{2})-?(\d{2})(?=\/)/, // /2018/02-11/, /2016/0817/
  /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?=\/)/, // /2023/05/11/
];

/** The day a URL's path files the page under, or null. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const shape of SHAPES) {
    const m = shape.exec(path);
    if (!m) continue;
    const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  return null;
}
