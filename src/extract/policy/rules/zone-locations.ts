/**
 * PART_OF for new zones listed with the province each lies in ("four new comprehensive
 * bonded zones in Yangling in Shaanxi province, …"), as the mention layer read them.
 *
 * Why here: the mention layer names these zones from the list; the place each is "in" is a
 * policy link, stated by the same sentence.
 */
import type { DocumentRule } from "../types.js";

export const zoneLocations: DocumentRule = {
  name: "zone-locations",
  produce(doc) {
    return doc.zoneLocations.map((z) => ({
      subject: z.zone,
      predicate: "PART_OF" as const,
      object: z.region,
      at: z.evidence,
    }));
  },
  examples: [
    {
      sentence:
        "The State Council approved three new comprehensive bonded zones in Wuhu in Anhui province and Jiaxing in Zhejiang province.",
      links: [
        ["zone:wuhu-comprehensive-bonded-zone", "PART_OF", "region:CN-AH"],
        ["zone:jiaxing-comprehensive-bonded-zone", "PART_OF", "region:CN-ZJ"],
      ],
    },
  ],
  counterExamples: [],
};
