/**
 * PART_OF for a local Chinese customs office in the national administration, when the
 * document names both ("Shenzhen Customs" and the GACC).
 *
 * Why only when both are named: the link is stated by the document, not by our knowledge of
 * China's customs; a release naming only "Hefei Customs" states no such link. Foreign offices
 * ("Belgian Customs") are not part of the GACC.
 */
import type { EntityInfo, Gazetteer } from "../../entities/index.js";
import type { DocumentLink, DocumentRule } from "../types.js";

const GACC = "agency:gacc";

function chineseOffice(e: EntityInfo, gazetteer: Gazetteer): boolean {
  if (e.kind !== "CUSTOMS_OFFICE") return false;
  const name = e.name.replace(/ Customs$/, "");
  const place = gazetteer.lookup(name);
  if (place)
    return place.type === "Region" && (place.id.startsWith("region:CN-") || place.kind === "CITY");
  // a place no list holds ("Gongbei") is a Chinese district; demonyms ("Belgian", "Korean",
  // "Japanese", "British", "Dutch") name foreign services
  return !/(?:an|ese|ish|ch)$/.test(name);
}

export const customsOffice: DocumentRule = {
  name: "customs-office",
  produce(doc) {
    if (!doc.mentions.some((m) => m.entity.id === GACC)) return [];
    const out: DocumentLink[] = [];
    for (const m of doc.mentions)
      if (chineseOffice(m.entity, doc.gazetteer))
        out.push({ subject: m.entity.id, predicate: "PART_OF", object: GACC, at: m });
    return out;
  },
  examples: [
    {
      sentence: "The GACC said Shenzhen Customs cleared more parcels.",
      links: [["agency:shenzhen-customs", "PART_OF", "agency:gacc"]],
    },
  ],
  counterExamples: [
    {
      sentence: "Shenzhen Customs cleared more parcels, and Belgian Customs joined the pilot.",
      notLinked: [["agency:belgian-customs", "agency:gacc"]],
    },
  ],
};
