/**
 * APPLIES_TO from a measure to a zone its title names, when the document names that zone
 * elsewhere: "the Overall Plan for the Construction of Qingdao Free Trade Zone" targets the
 * Qingdao Free Trade Zone.
 *
 * Why at document level: a zone found by its shape ("… Free Trade Zone") is not always found
 * again inside a long title (only the place it begins with is), yet the document's own zones
 * are known; a title that contains a zone's full name is about that zone. An event's name
 * ("the Qingdao Free Trade Zone Expo") names its host, not a target.
 */
import type { DocumentRule } from "../types.js";
import { titleTargets } from "./title-targets.js";

export const zoneInTitle: DocumentRule = {
  name: "zone-in-title",
  produce: (doc) => titleTargets(doc, (e) => e.type === "Zone" && e.kind !== "ZONE_CATEGORY"),
  examples: [
    {
      sentence:
        "The Overall Plan for the Development of Qingdao Free Trade Zone was released, and imports at Qingdao Free Trade Zone grew.",
      links: [
        [
          "measure:overall-plan-for-the-development-of-qingdao-free-trade-zone",
          "APPLIES_TO",
          "zone:qingdao-free-trade-zone",
        ],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The Overall Plan for the Development of Qingdao Port was released, and imports at Qingdao Free Trade Zone grew.",
      notLinked: [
        [
          "measure:overall-plan-for-the-development-of-qingdao-port",
          "zone:qingdao-free-trade-zone",
        ],
      ],
    },
  ],
};
