/**
 * The year of a dateline that gives only month and day ("HAIKOU, Jan. 20 (Xinhua) --").
 *
 * Why this rule: a report cannot state a period that ends after its own date. So the year is
 * the smallest Y, not before the latest year the text names, such that (Y, month) comes after
 * the end of every period the text states with an explicit year. "in 2023" + "Jan. 20" gives
 * 2024; "the first 11 months of 2023" + "Dec. 7" gives 2023. A year that is a target ("by
 * 2025", "until 2030") is not a reported period and is ignored. No year in the text: null.
 */
import { senseAt } from "../lexicon/attach.js";
import { composeNodes, readAtoms, resolvePeriod } from "../rules/index.js";

export function inferDocumentYear(text: string, month: number): number | null {
  let latest: { y: number; m: number } | null = null;
  for (const line of text.split("\n")) {
    if (!/\d{4}/.test(line)) continue;
    const reading = readAtoms(line);
    for (const node of composeNodes(reading)) {
      if (node.kind !== "Period" || node.value.year.kind !== "explicit") continue;
      if (senseAt(reading.tokens, node.first - 1, "periodOutside")) continue;
      const p = resolvePeriod(node.value, null);
      if (!p) continue;
      const [y, m] = p.end.split("-").map(Number);
      if (!latest || y > latest.y || (y === latest.y && m > latest.m)) latest = { y, m };
    }
  }
  if (!latest) return null;
  return month > latest.m ? latest.y : latest.y + 1;
}
