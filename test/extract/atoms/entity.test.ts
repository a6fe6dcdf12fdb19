// Gazetteer mentions placed on the token grid as Entity atoms.
import { describe, expect, it } from "vitest";
import { readAtomsIn } from "../../../src/extract/atoms/index.js";

describe("entityReader", () => {
  it("places gazetteer mentions on token boundaries", () => {
    const text = "Exports to ASEAN rose.";
    const { atoms } = readAtomsIn(text, 0, text.length, [
      { start: 11, end: 16, id: "region:asean", type: "Region" },
    ]);
    const e = atoms.find((a) => a.kind === "Entity");
    expect(e && text.slice(e.start, e.end)).toBe("ASEAN");
    expect(e?.value).toEqual({ id: "region:asean", type: "Region" });
  });
  it("drops a mention that cuts a token", () => {
    const text = "Exports to ASEAN rose.";
    const { atoms } = readAtomsIn(text, 0, text.length, [
      { start: 12, end: 16, id: "x", type: "Region" },
    ]);
    expect(atoms.some((a) => a.kind === "Entity")).toBe(false);
  });
});
