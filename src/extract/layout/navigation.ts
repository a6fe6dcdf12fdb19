/**
 * Page navigation: breadcrumbs ("Home > News > Business", "China / Society") and menu lines
 * of names in capitals ("US EUROPE AFRICA ASIA"). They are no part of the document's text:
 * the names in them are menu items, not entities.
 */

/** one breadcrumb segment: a few capitalised words, no digits, no sentence punctuation */
const SEGMENT = /^[A-Z][\p{L}'’&-]*(?: [A-Za-z][\p{L}'’&-]*){0,3}$/u;
const SEPARATOR = /\s*[>»›|/]\s*/;
const SEPARATOR_CHAR = /[>»›|/]/;
/** a menu line: three or more words, all in capitals */
const MENU = /^[A-Z][A-Z&'-]+(?:\s+[A-Z][A-Z&'-]+){2,}$/;
/** a line longer than this is text, whatever its shape */
const MAX_LENGTH = 100;

export function isNavigationLine(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_LENGTH) return false;
  if (MENU.test(s)) return true;
  // without a separator the line is one segment: no breadcrumb, and nothing to split
  if (!SEPARATOR_CHAR.test(s)) return false;
  const segments = s.split(SEPARATOR);
  return segments.length >= 2 && segments.every((x) => SEGMENT.test(x));
}
