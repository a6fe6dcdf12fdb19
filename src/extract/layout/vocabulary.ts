/** The words of page labels, loaded once from `data/page-labels.json`. */
import labelData from "../../../data/page-labels.json" with { type: "json" };
import { lookup } from "../lexicon/lexicon.js";

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const LABELS = {
  outletWords: new Set(labelData.outletWords),
  metadata: lower(labelData.metadataLabels),
  notSpeaker: lower(labelData.notSpeakerLabels),
  floor: lower(labelData.floorLabels),
  answer: lower(labelData.answerLabels),
  /** the last words of a news outlet's name ("China Daily", "Pakistan Point News") */
  outletNameHeads: labelData.outletNameHeads,
};

/** Whether a word of the label is a news outlet's ("Phoenix TV", "Bloomberg News"). */
export function hasOutletWord(label: string): boolean {
  return label.split(/[^\p{L}\p{N}]+/u).some((w) => LABELS.outletWords.has(w));
}

/** A month's name or abbreviation ("March", "Sept."), as the lexicon knows them. */
export function isMonthWord(word: string): boolean {
  return lookup(word).some((s) => s.entry.cls === "month");
}
