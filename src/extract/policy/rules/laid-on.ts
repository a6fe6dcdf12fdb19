/**
 * APPLIES_TO from a tariff, duty, control or sanction to the country it is laid on, China
 * included: "threatened a 100% tariff on China" → the tariff applies to China.
 *
 * Why a rule apart from measure-target: there China is left out (it is the party acting in
 * these texts); a measure whose own name the mention layer closed with "on <country>"
 * (entities/trade-measures.ts) is laid on that country, whoever it is. The country must be
 * the whole object after "on"/"against", right after the measure.
 */
import type { PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";
import { escapeRegExp } from "./title-targets.js";

export const laidOn: PolicyRule = {
  name: "laid-on",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { words: ["on", "against"], as: "prep" },
    { gap: 1, overVerb: false },
    { ent: ["Country"], as: "country" },
  ],
  produce(view, caps) {
    const [p, c] = [caps.get("prep") as number, caps.get("country") as number];
    const skipped = view.pieces[p + 1];
    // only "the" may stand between "on" and the country
    if (c === p + 2 && !(skipped.kind === "word" && skipped.norm === "the")) return [];
    const country = ent(view, caps, "country");
    const surface = view.text.slice(country.start, country.end).toLowerCase();
    const prep = view.pieces[p];
    const words = ` ${"norm" in prep ? prep.norm : ""} ${c === p + 2 ? "the " : ""}${surface}`;
    // the mention layer put "on <country>" into the measure's name: laid on that country
    const laid = (name: string) => new RegExp(`${escapeRegExp(words)}\\b`).test(name.toLowerCase());
    return ent(view, caps, "measure")
      .items.filter((m) => m.type === "Measure" && laid(m.info.name))
      .flatMap((m) => country.items.map((x) => link(m.id, "APPLIES_TO", x.id)));
  },
  examples: [
    {
      sentence: "Washington threatened a 100% tariff on China last week.",
      links: [["measure:100-tariff-on-china", "APPLIES_TO", "country:CHN"]],
    },
  ],
  counterExamples: [
    {
      sentence: "The ministry said the new tariffs weigh on China and Japan.",
      notLinked: [["measure:tariffs", "country:CHN"]],
    },
  ],
};
