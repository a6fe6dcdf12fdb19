/**
 * `a|an <Percent> [<Yoy>] <ChangeVerb>` ("a 5% increase", "a 3.2 percent year-on-year
 * decline") and `<ChangeVerb> of <Percent>` ("an increase of 5%", "growth of 3%").
 *
 * Why: the change stated as a noun; the lexicon's change words are nouns and verbs alike.
 */
import { basisOf, changeOrList, isPercentLike, polarityOf } from "./change-value.js";
import { lex, node, opt, patternRule, word } from "./pattern.js";

export const changeNounBefore = patternRule({
  name: "change-noun-before",
  produces: "Change",
  specificity: 120,
  pattern: [
    word("a", "an"),
    opt(lex("hedge")),
    node("Percent"),
    opt(node("Yoy")),
    node("ChangeVerb"),
  ],
  make: (_s, nodes) => changeOrList(nodes[0], polarityOf(nodes.at(-1)!), basisOf(nodes)),
  examples: [
    { in: "posting a 5% increase", find: "a 5% increase", value: { pct: 5 } },
    {
      in: "a 3.2 percent year-on-year decline",
      find: "a 3.2 percent year-on-year decline",
      value: { pct: -3.2, basis: "year" },
    },
  ],
  counterExamples: [{ in: "a 2 percentage point increase", not: "2 percentage point increase" }],
});

export const changeNounOf = patternRule({
  name: "change-noun-of",
  produces: "Change",
  specificity: 120,
  pattern: [
    node("ChangeVerb"),
    opt(node("Yoy")),
    word("of"),
    opt(lex("hedge")),
    node(["Percent", "List"], isPercentLike),
  ],
  make: (_s, nodes) => changeOrList(nodes.at(-1)!, polarityOf(nodes[0]), basisOf(nodes)),
  examples: [
    { in: "an increase of 5%", find: "increase of 5%", value: { pct: 5 } },
    {
      in: "a decline of about 2.4 percent",
      find: "decline of about 2.4 percent",
      value: { pct: -2.4 },
    },
  ],
  counterExamples: [{ in: "growth of 3 percentage points", not: "growth of 3 percentage points" }],
});
