/**
 * SUPPORTS from an agency to the place a measure it issues is named to support: "The State
 * Council issued a plan to support Hainan and Fujian", "Customs rolled out 10 measures to
 * support the development of the Greater Bay Area".
 *
 * Why: the gold convention has an agency that backs a zone's or region's development
 * SUPPORT it; a measure's title saying "to support <place>" states that backing. Why the
 * guards: the agency must issue the measure (a verb of issuing, data: classes.ISSUE), the
 * verb after "to" must be one of support (data: classes.SUPPORT), and the place must follow it
 * within a few words inside the title, so "a plan to cut tariffs in Hainan" supports nothing.
 */
import type { Mention } from "../../entities/index.js";
import { tokenize } from "../../tokens.js";
import type { Item, PolicyRule, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, subjectPosition } from "./helpers.js";

const MAX_WORDS_AFTER = 6;

/** The place is named within a few words after "to support" inside the measure's title. */
function supported(view: SentenceView, measure: Item, place: Mention): boolean {
  const toks = tokenize(view.text, measure.start, place.start);
  const { verbs } = policyVocabulary();
  for (let i = toks.length - 2; i >= 0 && toks.length - i - 2 <= MAX_WORDS_AFTER; i--)
    if (toks[i].norm === "to" && verbs.get(toks[i + 1].norm) === "SUPPORT") return true;
  return false;
}

/** A capitalised word or a hyphen beside the mention: it is part of a longer name ("Shanghai Pilot …"). */
function insideLongerName(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 2);
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return /^(?:\s[A-Z]|-)/.test(after) || /(?:\b[A-Z][\w'’]*\s|-)$/.test(before);
}

/** Zones and regions named whole inside the measure's mention (no category, not part of a name). */
function placesIn(view: SentenceView, measure: Item): Mention[] {
  return view.mentions.filter(
    (m) =>
      m.start > measure.start &&
      m.end <= measure.end &&
      (m.entity.type === "Zone" || m.entity.type === "Region") &&
      m.entity.kind !== "ZONE_CATEGORY" &&
      !insideLongerName(view.text, m),
  );
}

export const supportInTitle: PolicyRule = {
  name: "support-in-title",
  pattern: [
    { ent: ["Agency"], pronoun: true, as: "agency" },
    { gap: 3, overVerb: false, as: "gap" },
    { verb: ["ISSUE"], as: "verb" },
    { gap: 2, overVerb: false },
    { ent: ["Measure"], as: "measure" },
  ],
  produce(view, caps) {
    const a = caps.get("agency") as number;
    if (!subjectPosition(view, a)) return [];
    if (between(view, a, caps.get("verb") as number).some((p) => p.kind === "punct")) return [];
    const agencies = ent(view, caps, "agency").items.filter((i) => i.type === "Agency");
    return ent(view, caps, "measure")
      .items.filter((m) => m.type === "Measure")
      .flatMap((m) => placesIn(view, m).filter((p) => supported(view, m, p)))
      .flatMap((p) => agencies.map((x) => link(x.id, "SUPPORTS", p.entity.id)));
  },
  examples: [
    {
      sentence: "The State Council issued a plan to support Hainan and Fujian.",
      links: [
        ["agency:state-council", "SUPPORTS", "region:CN-HI"],
        ["agency:state-council", "SUPPORTS", "region:CN-FJ"],
      ],
    },
    {
      sentence:
        "The General Administration of Customs unveiled measures to support the Guangdong-Hong Kong-Macao Greater Bay Area.",
      links: [["agency:gacc", "SUPPORTS", "region:guangdong-hong-kong-macao-greater-bay-area"]],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The Ministry of Commerce issued 20 measures to support the development of the Shanghai Pilot Free Trade Zone.",
      notLinked: [["agency:mofcom", "region:CN-SH"]],
    },
    {
      sentence: "The State Council issued a plan to cut tariffs in Hainan.",
      notLinked: [["agency:state-council", "region:CN-HI"]],
    },
    {
      sentence: "Exports of the Ministry of Commerce issued a plan to support Hainan.",
      notLinked: [["agency:mofcom", "region:CN-HI"]],
    },
  ],
};
