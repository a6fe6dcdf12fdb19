/**
 * `<Count> <Entity Commodity>` → Quantity in units ("75.3 billion integrated circuits",
 * "2.1 million cars" when "cars" is a commodity name).
 *
 * Why: counted goods name their product instead of a unit word; only the gazetteer knows
 * which names are products, so this is a rule over the Entity atom, not part of the Quantity
 * reader. A count before anything else (firms, cases, zones) stays a Count.
 */
import { node, patternRule } from "./pattern.js";

export const countedGoods = patternRule({
  name: "counted-goods",
  produces: "Quantity",
  specificity: 110,
  pattern: [
    node("Count"),
    node("Entity", (n) => n.kind === "Entity" && n.value.type === "Commodity"),
  ],
  make(_s, [c]) {
    if (c.kind !== "Count") return null;
    return {
      kind: "Quantity",
      value: { amount: c.value.amount, exact: c.value.exact, unit: "units", scale: 0 },
    };
  },
  // examples need gazetteer mentions: see test/extract/rules/counted-goods.test.ts
  examples: [],
  counterExamples: [{ in: "some 1,200 firms exported", not: "1,200 firms" }],
});
