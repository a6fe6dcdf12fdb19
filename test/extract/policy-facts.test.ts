import { describe, expect, it } from "vitest";
import type { PolicyFact } from "../../src/core/contract.js";
import { extractDocument } from "../../src/extract/extract-document.js";

function policies(body: string): PolicyFact[] {
  const text = `Briefing on customs reform\nJuly 13, 2021\n\nZhang San, spokesperson of the General Administration of Customs\n\nZhang San:\n\n${body}\n`;
  return extractDocument(new TextEncoder().encode(text), "p.txt").policyFacts;
}
const has = (fs: PolicyFact[], s: string, p: string, o: string) =>
  fs.some((f) => f.subject === s && f.predicate === p && f.object === o);

describe("policy facts", () => {
  it("reads a quoted name with its head as one measure, acted on by its clause's agency", () => {
    const fs = policies(
      'The General Administration of Customs has implemented a "zero-tariff" policy for goods imported into the Hainan Free Trade Port, and Haikou Customs has promoted the "processing and value-adding" tax exemption policy.',
    );
    expect(has(fs, "agency:gacc", "IMPLEMENTS", "measure:zero-tariff-policy")).toBe(true);
    expect(has(fs, "measure:zero-tariff-policy", "APPLIES_TO", "zone:hainan-free-trade-port")).toBe(
      true,
    );
    const exemption = "measure:processing-and-value-adding-tax-exemption-policy";
    expect(has(fs, "agency:haikou-customs", "IMPLEMENTS", exemption)).toBe(true);
    expect(has(fs, "agency:gacc", "IMPLEMENTS", exemption)).toBe(false);
    expect(fs.some((f) => f.object === "measure:tax-exemptions")).toBe(false);
  });

  it("reads 'we' as the speaker's agency and the verb as the predicate", () => {
    const fs = policies(
      'We have comprehensively promoted facilitation measures such as "two-step declaration" and "advance declaration."',
    );
    expect(has(fs, "agency:gacc", "IMPLEMENTS", "measure:two-step-declaration")).toBe(true);
    expect(has(fs, "agency:gacc", "IMPLEMENTS", "measure:advance-declaration")).toBe(true);
  });

  it("links two bodies that sign together, and both to what they signed", () => {
    const fs = policies(
      "The GACC and the Belgian Customs signed a Memorandum of Understanding (MoU) to conduct a pilot.",
    );
    expect(has(fs, "agency:gacc", "COOPERATES_WITH", "agency:belgian-customs")).toBe(true);
    expect(fs.some((f) => f.subject === "agency:belgian-customs" && f.predicate === "ISSUED")).toBe(
      true,
    );
  });

  it("reads 'released N measures to ...' as a package the agency issued", () => {
    const fs = policies(
      "The Ministry of Commerce on Monday unveiled 12 measures to support cross-border e-commerce exporters.",
    );
    expect(
      has(
        fs,
        "agency:mofcom",
        "ISSUED",
        "measure:12-measures-to-support-cross-border-e-commerce-exporters",
      ),
    ).toBe(true);
  });

  it("does not read where a deal is signed as what it covers", () => {
    const fs = policies(
      "China and New Zealand signed an upgraded free trade agreement protocol in Chongqing, covering dairy products.",
    );
    expect(has(fs, "country:CHN", "COOPERATES_WITH", "country:NZL")).toBe(true);
    expect(fs.some((f) => f.predicate === "APPLIES_TO" && f.object === "region:CN-CQ")).toBe(false);
    expect(fs.some((f) => f.subject.startsWith("country:") && f.predicate === "ISSUED")).toBe(
      false,
    );
  });

  it("reads 'the Port of X' as a port that a measure applies to, not the province", () => {
    const fs = policies(
      'Tianjin Customs launched a "smart inspection" system at the Port of Tianjin.',
    );
    expect(has(fs, "measure:smart-inspection", "APPLIES_TO", "zone:port-of-tianjin")).toBe(true);
    expect(has(fs, "measure:smart-inspection", "APPLIES_TO", "region:CN-TJ")).toBe(false);
  });

  it("places a local customs office in the national administration", () => {
    const fs = policies(
      "Shenzhen customs has taken a series of measures to improve clearance efficiency.",
    );
    expect(has(fs, "agency:shenzhen-customs", "PART_OF", "agency:gacc")).toBe(true);
  });

  it("reads new zones listed with their provinces", () => {
    const fs = policies(
      "We supported the establishment of two new comprehensive bonded zones in Yichang in Hubei province and Wuhu in Anhui province.",
    );
    expect(has(fs, "zone:yichang-comprehensive-bonded-zone", "PART_OF", "region:CN-HB")).toBe(true);
    expect(has(fs, "zone:wuhu-comprehensive-bonded-zone", "PART_OF", "region:CN-AH")).toBe(true);
    expect(has(fs, "agency:gacc", "SUPPORTS", "zone:wuhu-comprehensive-bonded-zone")).toBe(true);
  });

  it("links a measure to what it targets", () => {
    const fs = policies('We have established a "green channel" for fresh agricultural products.');
    expect(
      has(fs, "measure:green-channel", "APPLIES_TO", "commodity:fresh-agricultural-products"),
    ).toBe(true);
  });

  it("reads bodies after 'compiled by' as issuers working together", () => {
    const fs = policies(
      "Cases were included in the Handbook on Measuring Digital Trade compiled by the World Trade Organization and the International Monetary Fund.",
    );
    expect(has(fs, "agency:wto", "ISSUED", "measure:handbook-on-measuring-digital-trade")).toBe(
      true,
    );
    expect(has(fs, "agency:wto", "COOPERATES_WITH", "agency:imf")).toBe(true);
  });
});
