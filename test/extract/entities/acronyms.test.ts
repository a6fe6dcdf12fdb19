import { describe, expect, it } from "vitest";
import { mentionsIn } from "./run-examples.js";

const idOf = (text: string, surface: string) =>
  mentionsIn(text).find((m) => m.surface === surface && m.source === "acronym")?.entity.id;

describe("acronyms defined in brackets", () => {
  it.each([
    [
      "The Single E-lock Scheme (SELS ) was extended. SELS cut costs.",
      "SELS",
      "measure:single-e-lock-scheme",
    ],
    [
      "The Department of Trade Remedies of the Ministry of Ocean Affairs (MOA) spoke. MOA said so.",
      "MOA",
      "agency:ministry-of-ocean-affairs",
    ],
  ])("%s", (text, acronym, id) => {
    expect(idOf(text, acronym)).toBe(id);
  });

  it("names the entity in the headline too, before the body defines it", () => {
    const text = "XYZ data out\n\nThe Export Promotion Bureau (XYZ) said so.";
    expect(idOf(text, "XYZ")).toBe("agency:export-promotion-bureau");
  });

  it("is no acronym without two capitals", () => {
    expect(idOf("The Export Promotion Bureau (Epb) said so. Epb rose.", "Epb")).toBeUndefined();
  });
});
