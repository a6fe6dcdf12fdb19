import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/core/contract.js";
import type { Mention } from "../../../src/extract/entities/index.js";
import type { Step } from "../../../src/extract/policy/pattern.js";
import {
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
