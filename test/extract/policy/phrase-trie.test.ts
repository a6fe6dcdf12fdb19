import { describe, expect, it } from "vitest";
import { longestPhrase, phraseTrie } from "../../../src/extract/policy/phrase-trie.js";
import { tokenize } from "../../../src/extract/tokens.js";

const trie = phraseTrie<string>([
  ["carry out", "IMPLEMENT"],
  ["carry", "OTHER"],
  ["draw up", "ISSUE"],
  ["draw up", "SECOND"],
  ["put into effect now", "IN_FORCE"],
]);

describe("phrase trie", () => {
  it.each([
    ["the longest phrase wins over its first word", "carry out the plan", 0, 4, [2, "IMPLEMENT"]],
    ["a phrase that stops short gives its first word", "carry the plan", 0, 4, [1, "OTHER"]],
    ["a key met twice keeps its first value", "draw up a plan", 0, 4, [2, "ISSUE"]],
    ["a prefix that is no key gives nothing", "draw a plan", 0, 4, null],
    ["a phrase longer than max is not read", "put into effect now", 0, 3, null],
    ["a phrase as long as max is read", "put into effect now", 0, 4, [4, "IN_FORCE"]],
    ["the text may end inside a phrase", "we put into effect", 1, 4, null],
    ["a word opening nothing gives nothing", "we carry out", 0, 4, null],
  ])("%s", (_name, text, at, max, expected) => {
    expect(longestPhrase(trie, tokenize(text), at, max)).toEqual(expected);
  });
});
