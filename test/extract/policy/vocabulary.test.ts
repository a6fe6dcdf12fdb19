import { describe, expect, it } from "vitest";
import { inflect, policyVocabulary } from "../../../src/extract/policy/vocabulary.js";

describe("policy vocabulary", () => {
  it.each([
    ["issue", ["issued", "issues", "issuing"]],
    ["apply", ["applied", "applies", "applying"]],
    ["launch", ["launched", "launches", "launching"]],
  ])("inflects %s", (lemma, forms) => {
    for (const f of forms) expect(inflect(lemma)).toContain(f);
  });

  it.each([
    ["drew up", "ISSUE"],
    ["carried out", "IMPLEMENT"],
    ["co - organized", "JOINT"],
    ["signed", "SIGN"],
    ["came into effect", "IN_FORCE"],
    ["supporting", "SUPPORT"],
    ["relaxed", "IMPLEMENT"],
    ["concentrated on", "IMPLEMENT"],
    ["co - hosted", "JOINT"],
    ["organised", "ISSUE"],
  ])("classes %s as %s", (key, cls) => {
    expect(policyVocabulary().verbs.get(key)).toBe(cls);
  });
});
