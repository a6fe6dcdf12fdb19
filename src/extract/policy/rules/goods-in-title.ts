/**
 * APPLIES_TO from a measure to goods its title names, when the document names those goods
 * elsewhere: "the Notice on the Import Policy for Raw and Auxiliary Materials" targets the raw
 * and auxiliary materials the text speaks of.
 *
 * Why at document level: goods named by a lower-case phrase ("raw and auxiliary materials")
 * are not found again inside a title-case name, yet the document's own goods are known; a
 * title that contains a good's full name is about that good (as zone-in-title does for zones).
 * An event's name ("… Food Expo") names what is shown, not a measure's target.
 */
import type { DocumentRule } from "../types.js";
import { titleTargets } from "./title-targets.js";

export const goodsInTitle: DocumentRule = {
  name: "goods-in-title",
  produce: (doc) => titleTargets(doc, (e) => e.type === "Commodity" && e.name.includes(" ")),
  examples: [
    {
      sentence:
        "The ministry issued the Notice on the Import Policy for Raw and Auxiliary Materials, and raw and auxiliary materials became cheaper.",
      links: [
        [
          "measure:notice-on-the-import-policy-for-raw-and-auxiliary-materials",
          "APPLIES_TO",
          "commodity:raw-and-auxiliary-materials",
        ],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The ministry issued the Notice on the Import Policy for Machinery, and raw and auxiliary materials became cheaper.",
      notLinked: [
        [
          "measure:notice-on-the-import-policy-for-machinery",
          "commodity:raw-and-auxiliary-materials",
        ],
      ],
    },
  ],
};
