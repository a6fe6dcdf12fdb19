import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";

/** A briefing with no roster: a reporter asks, an official answers with "we". */
function briefing(question: string, answer: string): string[] {
  const text = `Press conference on customs work\n\nCity Radio:\n${question}\nLi Ming:\n${answer}\n`;
  return extractDocument(new TextEncoder().encode(text), "speakers.txt").policyFacts.map(
    (f) => `${f.subject} ${f.predicate} ${f.object}`,
  );
}

const ANSWER = "Thank you. We have launched the two-step declaration this year.";

describe("the agency a question addresses speaks as 'we' in the answer", () => {
  it.each([
    [
      "the question names one agency",
      "What has the General Administration of Customs done for importers this year?",
      ["agency:gacc ISSUED measure:two-step-declaration"],
    ],
  ])("%s", (_case, question, links) => {
    const got = briefing(question, ANSWER);
    for (const l of links) expect(got).toContain(l);
  });

  it.each([
    [
      "the question names two agencies",
      "What have the General Administration of Customs and the Ministry of Commerce done this year?",
    ],
    ["the turn before asks nothing", "The General Administration of Customs met importers."],
  ])("%s: 'we' stays unread", (_case, question) => {
    expect(briefing(question, ANSWER).filter((l) => l.endsWith("two-step-declaration"))).toEqual(
      [],
    );
  });
});
