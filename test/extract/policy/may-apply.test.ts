import { describe, expect, it } from "vitest";
import {
  documentMentions,
  mentionsWithin,
  referenceGazetteer,
} from "../../../src/extract/entities/index.js";
import { readLayout } from "../../../src/extract/layout/index.js";
import { SENTENCE_RULES } from "../../../src/extract/policy/index.js";
import type { SentenceNames } from "../../../src/extract/policy/types.js";
import { tokenize } from "../../../src/extract/tokens.js";

/** What one sentence names, read as the extractor reads it (in a small notice). */
function namesOf(sentence: string): SentenceNames {
  const text = `Notice\n\n${sentence}\n`;
  const { mentions } = documentMentions(text, readLayout(text), referenceGazetteer());
  const range = { start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length };
  const inside = mentionsWithin(mentions, range);
  const top = inside.filter((m) => !m.nested);
  return { text, top, inside, tokens: tokenize(text, range.start, range.end) };
}

const gated = SENTENCE_RULES.filter((r) => r.mayApply !== undefined);

describe("a rule's mayApply holds wherever the rule gives a link", () => {
  it("is declared by the rules of one name and the member rules", () => {
    expect(gated.map((r) => r.name).sort()).toEqual([
      "bloc-members",
      "members-before-bloc",
      "named-target",
      "owner-of-measure",
      "unit-of-agency",
      "zone-of-category",
    ]);
  });

  describe.each(gated.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
    it.each(rule.examples.map((e) => [e.sentence] as const))("holds for: %s", (sentence) => {
      expect(rule.mayApply?.(namesOf(sentence))).toBe(true);
    });
  });

  it.each([
    ["named-target", "The Belt and Road Initiative grew."],
    ["owner-of-measure", "The Belt and Road Initiative grew."],
    ["unit-of-agency", "The Ministry of Commerce released data."],
    ["bloc-members", "ASEAN and Japan signed."],
  ])("fails where %s has nothing to read: %s", (name, sentence) => {
    const rule = gated.find((r) => r.name === name);
    expect(rule?.mayApply?.(namesOf(sentence))).toBe(false);
  });
});
