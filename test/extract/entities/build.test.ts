import { describe, expect, it } from "vitest";
import { buildEntities, type Mention } from "../../../src/extract/entities/index.js";
import { mentionsIn } from "./run-examples.js";

const listed = (text: string) => buildEntities(mentionsIn(text)).map((e) => e.id);

describe("the contract's entity list", () => {
  it.each([
    ["Data from Manzhouli Customs showed growth.", ["agency:manzhouli-customs"]],
    ["Figures from Beijing Customs District of China rose.", ["agency:beijing-customs"]],
    [
      "Manzhouli Customs said trade with Manzhouli grew.",
      ["agency:manzhouli-customs", "region:manzhouli"],
    ],
    ["Leaders met at the 15th BRICS Summit.", ["measure:15th-brics-summit", "region:brics"]],
    [
      "The GACC signed a deal with the Kenya Revenue Authority.",
      ["agency:gacc", "agency:kenya-revenue-authority", "country:KEN"],
    ],
    [
      "Hefei Nexchip Semiconductor Corporation exported more.",
      ["agency:hefei-nexchip-semiconductor-corporation"],
    ],
    // a zone a measure's title names by its shape is the zone, not its place and category
    [
      "Customs unveiled 12 measures to support the Jiangxi Pilot Free Trade Zone.",
      [
        "measure:12-measures-to-support-the-jiangxi-pilot-free-trade-zone",
        "zone:jiangxi-pilot-free-trade-zone",
      ],
    ],
    [
      "The Plan for the Wuhu Comprehensive Bonded Zone was approved.",
      [
        "measure:plan-for-the-wuhu-comprehensive-bonded-zone",
        "zone:wuhu-comprehensive-bonded-zone",
      ],
    ],
  ])("%s", (text, ids) => {
    expect(listed(text)).toEqual(ids);
  });

  it("lists each entity once, with every surface as an alias", () => {
    const mentions: Mention[] = mentionsIn("Trade with the U.S. grew, and US imports rose.");
    const [usa] = buildEntities(mentions);
    expect(usa.id).toBe("country:USA");
    expect(usa.aliases).toEqual(["U.S.", "US"]);
    expect(usa.mentions).toHaveLength(2);
  });
});
