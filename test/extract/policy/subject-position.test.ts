import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";

function links(sentence: string): string[] {
  return extractDocument(
    new TextEncoder().encode(`Notice\n\n${sentence}\n`),
    "subject-position.txt",
  ).policyFacts.map((f) => `${f.subject} ${f.predicate} ${f.object}`);
}

describe("a name after a verb is its object, never the actor of what follows", () => {
  it.each([
    [
      "The ministry is contacting Peru and Chile to build the Authorized Economic Operator programme.",
      "country:PER IMPLEMENTS measure:aeo",
    ],
    [
      "The General Administration of Customs urged Chile to implement the two-step declaration.",
      "country:CHL IMPLEMENTS measure:two-step-declaration",
    ],
  ])("%s", (sentence, wrong) => {
    expect(links(sentence)).not.toContain(wrong);
  });
});
