import { describe, expect, it } from "vitest";
import { inferDocumentYear } from "../../../src/extract/metadata/dateline-year.js";

describe("inferDocumentYear: a report is dated after the periods it states", () => {
  it.each([
    ["Trade hit 231 billion yuan in 2023.", 1, 2024],
    ["Imports rose in the first 11 months of 2023.", 12, 2023],
    ["Exports rose in the first 11 months of 2023.", 11, 2024],
    ["Trade grew in 2022 and in the first half of 2023.", 7, 2023],
    ["Trade will reach 5 trillion yuan by 2030 after 4.9 trillion in 2023.", 2, 2024],
    ["Exports should double until 2035; they grew in the first quarter of 2024.", 5, 2024],
    ["Imports rose in the first 11 months of this year.", 12, null],
  ] as const)("%s (month %i) → %s", (text, month, year) => {
    expect(inferDocumentYear(text, month)).toBe(year);
  });
});
