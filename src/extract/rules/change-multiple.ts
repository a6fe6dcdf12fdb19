/**
 * Changes stated as multiples: `<ChangeVerb> [by] <Multiple>` ("increased 1.2 times"),
 * `a|an <Multiple> <ChangeVerb>` ("a 1.2-fold increase"), and the verbs themselves
 * ("doubled" 100, "tripled" 200).
 *
 * Why: by the annotation convention a multiple N of growth is a change of N × 100 percent.
 */
import { changeOrList, isMultipleLike, polarityOf } from "./change-value.js";
import { lex, node, opt, patternRule, word } from "./pattern.js";
import type { Node } from "./types.js";

const multiplierVerb = (n: Node) => n.kind === "Multiple" && n.value.verb;

export const changeVerbMultiple = patternRule({
  name: "change-verb-multiple",
  produces: "Change",
  specificity: 120,
  pattern: [
    node("ChangeVerb"),
    opt(word("by")),
    opt(lex("hedge")),
    node(["Multiple", "List"], isMultipleLike),
  ],
  make: (_s, nodes) => changeOrList(nodes.at(-1)!, polarityOf(nodes[0])),
  examples: [
    {
      in: "Exports increased 1.2 times.",
      find: "increased 1.2 times",
      value: { pct: 120, from: "Multiple" },
    },
    { in: "imports grew by 0.8 times", find: "grew by 0.8 times", value: { pct: 80 } },
  ],
  counterExamples: [{ in: "rose three times this year", not: "rose three times" }],
});

export const changeMultipleNoun = patternRule({
  name: "change-multiple-noun",
  produces: "Change",
  specificity: 120,
  pattern: [word("a", "an"), node("Multiple", (n) => !multiplierVerb(n)), node("ChangeVerb")],
  make: (_s, [m, v]) => changeOrList(m, polarityOf(v)),
  examples: [{ in: "a 1.2-fold increase", find: "a 1.2-fold increase", value: { pct: 120 } }],
  counterExamples: [],
});

export const changeMultiplied = patternRule({
  name: "change-multiplied",
  produces: "Change",
  specificity: 110,
  pattern: [opt(lex("hedge")), node("Multiple", multiplierVerb)],
  make: (_s, [m]) => changeOrList(m, 1),
  examples: [
    { in: "Imports more than doubled.", find: "more than doubled", value: { pct: 100 } },
    { in: "Sales tripled.", find: "tripled", value: { pct: 200 } },
  ],
  counterExamples: [{ in: "a double-digit rise", not: "double" }],
});
