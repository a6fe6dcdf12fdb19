/**
 * PART_OF for a city called the capital without naming the province ("the session opened in
 * Hefei, the capital city"), when the document names the city's province elsewhere.
 *
 * Why the reference data and the document both decide: "the capital" alone says the city
 * heads the province the text is about; the city list records which province that is, and the
 * link is made only if the document names that province. A capital "of" a place is left to
 * place-in-province, which reads the named place.
 */
import type { DocumentLink, DocumentRule } from "../types.js";

const CAPITAL = /^\s*,\s+(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\b(?!\s+of\b)/i;

export const capitalCity: DocumentRule = {
  name: "capital-city",
  produce(doc) {
    const provinces = new Map<string, string>();
    for (const m of doc.mentions) {
      const code = m.entity.codes.iso3166_2;
      if (m.entity.type === "Region" && code) provinces.set(code, m.entity.id);
    }
    const out: DocumentLink[] = [];
    for (const m of doc.mentions) {
      if (m.entity.kind !== "CITY" || !m.entity.province) continue;
      const province = provinces.get(m.entity.province);
      if (province && CAPITAL.test(doc.text.slice(m.end, m.end + 40)))
        out.push({ subject: m.entity.id, predicate: "PART_OF", object: province, at: m });
    }
    return out;
  },
  examples: [
    {
      sentence:
        "Anhui province reported higher exports at a meeting in Hefei, the capital city, on Monday.",
      links: [["region:hefei", "PART_OF", "region:CN-AH"]],
    },
  ],
  counterExamples: [
    {
      sentence:
        "Delegates from Hefei, the capital of a neighbouring country, met in Anhui province.",
      notLinked: [["region:hefei", "region:CN-AH"]],
    },
    {
      sentence: "Exports from Hefei, the capital city, grew.",
      notLinked: [["region:hefei", "region:CN-AH"]],
    },
  ],
};
