import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/core/contract.js";
import type { Mention } from "../../../src/extract/entities/index.js";
import type { Step } from "../../../src/extract/policy/pattern.js";
import {
  candidateRules,
  gateOf,
  mayMatch,
  patternWordBits,
  presenceOf,
  wordMasks,
} from "../../../src/extract/policy/presence.js";
import { policyVocabulary } from "../../../src/extract/policy/vocabulary.js";
import { tokenCodes, wordCodes } from "../../../src/extract/policy/word-codes.js";
import { tokenize } from "../../../src/extract/tokens.js";

const PATTERNS: Record<string, Step[]> = {
  issues: [{ ent: ["Agency"], pronoun: true, as: "a" }, { gap: 3 }, { verb: ["ISSUE"] }],
  cityInProvince: [
    { ent: ["Region"], kinds: ["CITY"], as: "c" },
    { gap: 4 },
    { ent: ["Region"], kinds: ["PROVINCE"], as: "p" },
  ],
  among: [{ words: ["among"] }, { gap: 2 }, { ent: ["Region"], as: "r" }],
};
const names = Object.keys(PATTERNS);
const gate = gateOf(Object.values(PATTERNS));
const codes = wordCodes({
  mask: wordMasks(policyVocabulary(), ["we"]),
  words: patternWordBits(gate),
});

/** A sentence with `[Name|Type|KIND]` marking its mentions. */
function read(marked: string): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = "";
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|]+)\|([^|]+)\|?(.*)\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    const [, name, type, kind] = m;
    const entity = { id: name, type: type as EntityType, name, kind: kind || null, codes: {} };
    mentions.push({
      start: text.length,
      end: text.length + name.length,
      surface: name,
      entity,
      nested: false,
    });
    text += name;
  }
  return { text, mentions };
}

describe("presence gate", () => {
  it.each([
    ["a verb of its class lets the rule run", "[Customs|Agency] issued rules", "issues", true],
    ["no verb of its class skips it", "[Customs|Agency] said rules", "issues", false],
    ["'we' may stand for the agency", "we issued rules", "issues", true],
    [
      "the kinds asked for let it run",
      "[Hefei|Region|CITY] in [Anhui|Region|PROVINCE]",
      "cityInProvince",
      true,
    ],
    [
      "a missing kind skips it",
      "[Anhui|Region|PROVINCE] and [Hubei|Region|PROVINCE]",
      "cityInProvince",
      false,
    ],
    ["a word it reads lets it run", "among [ASEAN|Region]", "among", true],
    ["without that word it is skipped", "with [ASEAN|Region]", "among", false],
  ])("%s", (_name, marked, pattern, expected) => {
    const { text, mentions } = read(marked);
    const present = presenceOf(mentions, tokenCodes(tokenize(text), codes), gate);
    expect(mayMatch(gate, names.indexOf(pattern), present)).toBe(expected);
  });
});

describe("rules indexed by their first need", () => {
  it.each([
    ["an agency and a verb", "[Customs|Agency] issued rules", ["issues"]],
    ["'we' stands for an agency", "we issued rules", ["issues"]],
    ["a city and a province", "[Hefei|Region|CITY] in [Anhui|Region|PROVINCE]", ["cityInProvince"]],
    ["a word that opens a pattern", "among [ASEAN|Region]", ["among"]],
    ["a region alone lets none in", "with [ASEAN|Region]", []],
    ["nothing any rule needs", "rules were issued", []],
  ])("gives what testing every rule gives: %s", (_name, marked, expected) => {
    const { text, mentions } = read(marked);
    const present = presenceOf(mentions, tokenCodes(tokenize(text), codes), gate);
    const all = names.map((_, r) => r).filter((r) => mayMatch(gate, r, present));
    expect(candidateRules(gate, present)).toEqual(all);
    expect(all.map((r) => names[r])).toEqual(expected);
  });

  it("keeps the rules' order over many rules", () => {
    const many = gateOf(Array.from({ length: 70 }, (_, i) => PATTERNS[names[i % 3]]));
    const manyCodes = wordCodes({
      mask: wordMasks(policyVocabulary(), ["we"]),
      words: patternWordBits(many),
    });
    const { text, mentions } = read("among [Customs|Agency] issued [ASEAN|Region]");
    const present = presenceOf(mentions, tokenCodes(tokenize(text), manyCodes), many);
    const all = Array.from({ length: 70 }, (_, r) => r).filter((r) => mayMatch(many, r, present));
    expect(all.length).toBeGreaterThan(40);
    expect(candidateRules(many, present)).toEqual(all);
  });
});
