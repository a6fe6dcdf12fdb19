/**
 * Multiple: "1.2 times", "1.2-fold", and the verbs "doubled", "tripled".
 *
 * Why: Chinese releases state large growth as multiples; by the annotation convention
 * "up 1.2 times" and "a 1.2-fold increase" are a change of 120%, "doubled" 100%.
 */
import { senseAt } from "../lexicon/attach.js";
import { scaleDecimal } from "./decimal.js";
import { lexiconAtoms, makeAtom } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const multipleReader: AtomReader = {
  name: "multiple",
  kind: "Multiple",
  specificity: 50,
  triggers: ["number", "multiplier"],
  read(ctx, out) {
    const { tokens } = ctx;
    for (const lit of ctx.numbers) {
      if (lit.suffixScale !== null || lit.digits.startsWith("-")) continue;
      const at = tokens[lit.last]?.norm === "-" ? lit.last + 1 : lit.last;
      if (!senseAt(tokens, at, "multiple")) continue;
      const factor = Number(lit.digits);
      const changePct = Number(scaleDecimal(lit.digits, 2));
      const last = tokens[at].hit!.last;
      out.push(
        makeAtom("Multiple", "multiple", tokens, lit.first, last, {
          factor,
          changePct,
          verb: false,
        }),
      );
    }
    // "doubled", "tripled": the verb in the past; "a double-digit rise" is no multiple
    lexiconAtoms(ctx, out, "multiplier", "Multiple", "multiple", (s) =>
      s.form === "past" || s.form === "participle"
        ? {
            factor: (s.entry.value as number) / 100 + 1,
            changePct: s.entry.value as number,
            verb: true,
          }
        : null,
    );
  },
  examples: [
    {
      in: "Exports increased 1.2 times.",
      find: "1.2 times",
      value: { factor: 1.2, changePct: 120 },
    },
    { in: "a 1.2-fold increase", find: "1.2-fold", value: { changePct: 120 } },
    { in: "Imports more than doubled.", find: "doubled", value: { changePct: 100, verb: true } },
    { in: "Sales tripled in two years.", find: "tripled", value: { changePct: 200 } },
    { in: "a 0.7 times rise", find: "0.7 times", value: { changePct: 70 } },
  ],
  counterExamples: [
    { in: "a double-digit rise", not: "double" },
    { in: "Exports rose 12% three times this year.", not: "12% three times" },
  ],
};
