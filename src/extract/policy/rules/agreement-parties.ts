/**
 * APPLIES_TO from an agreement to each party it is with: "free trade agreements between China
 * and Chile, Peru and Iceland", "an arrangement with ASEAN".
 *
 * Why China is left out: it is a party to every agreement these texts name; the link says
 * which counterparts the agreement brings in. A regulation issued "under" an agreement is a
 * different measure: the gap may not cross another name, so it never takes the parties.
 */
import type { PolicyRule } from "../types.js";
import { ent, link } from "./helpers.js";

export const agreementParties: PolicyRule = {
  name: "agreement-parties",
  pattern: [
    { ent: ["Measure"], kinds: ["AGREEMENT"], as: "agreement" },
    { gap: 2, overVerb: false },
    { words: ["between", "with", "among"] },
    { gap: 1, overVerb: false },
    { ent: ["Country", "Region"], as: "parties" },
  ],
  produce(view, caps) {
    const agreements = ent(view, caps, "agreement").items.filter((i) => i.kind === "AGREEMENT");
    const parties = ent(view, caps, "parties").items.filter(
      (i) =>
        i.id !== "country:CHN" &&
        (i.type === "Country" || i.kind === "ECONOMIC_BLOC" || i.kind === "COUNTRY_GROUP"),
    );
    return agreements.flatMap((a) => parties.map((p) => link(a.id, "APPLIES_TO", p.id)));
  },
  examples: [
    {
      sentence:
        "Tariffs fall under the Free Trade Agreements between China and Chile, Peru and Iceland.",
      links: [
        ["measure:free-trade-agreements", "APPLIES_TO", "country:CHL"],
        ["measure:free-trade-agreements", "APPLIES_TO", "country:PER"],
        ["measure:free-trade-agreements", "APPLIES_TO", "country:ISL"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence: "The Customs Regulations under the Free Trade Agreement with Chile were revised.",
      notLinked: [["measure:customs-regulations", "country:CHL"]],
    },
  ],
};
