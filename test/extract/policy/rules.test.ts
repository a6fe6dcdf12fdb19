import { describe, expect, it } from "vitest";
import type { PolicyFact } from "../../../src/core/contract.js";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { DOCUMENT_RULES, SENTENCE_RULES } from "../../../src/extract/policy/index.js";

/** One sentence in a small briefing whose speaker works for the GACC ("we" is the GACC). */
function links(sentence: string): PolicyFact[] {
  const text = `Briefing on customs work\nJuly 13, 2021\n\nZhang San, spokesperson of the General Administration of Customs\n\nZhang San:\n\n${sentence}\n`;
  return extractDocument(new TextEncoder().encode(text), "rule-example.txt").policyFacts.filter(
    (f) => f.evidence.quote === sentence || sentence.includes(f.evidence.quote),
  );
}
const show = (fs: PolicyFact[]) => fs.map((f) => `${f.subject} ${f.predicate} ${f.object}`);

describe.each([...SENTENCE_RULES, ...DOCUMENT_RULES].map((r) => [r.name, r] as const))(
  "rule %s",
  (_, rule) => {
    it.each(rule.examples.map((e) => [e.sentence, e] as const))("reads: %s", (_s, ex) => {
      const got = show(links(ex.sentence));
      for (const [s, p, o] of ex.links) expect(got).toContain(`${s} ${p} ${o}`);
    });
    if (rule.counterExamples.length > 0)
      it.each(rule.counterExamples.map((e) => [e.sentence, e] as const))(
        "does not read: %s",
        (_s, ex) => {
          const fs = links(ex.sentence);
          for (const [a, b] of ex.notLinked)
            expect(
              fs
                .filter(
                  (f) => (f.subject === a && f.object === b) || (f.subject === b && f.object === a),
                )
                .map((f) => f.predicate),
            ).toEqual([]);
        },
      );
  },
);
