// Guards the readers' triggers: a reader none of whose triggers occurs in a sentence would
// find nothing there, so readAtomsIn may skip it (checked over every reader's examples and
// counter-examples, read by every reader, and sentences with none of a trigger).
import { describe, expect, it } from "vitest";
import { ATOM_READERS } from "../../../src/extract/atoms/index.js";
import { findNumberLits } from "../../../src/extract/atoms/numbers.js";
import type { Atom, AtomContext, AtomTrigger } from "../../../src/extract/atoms/types.js";
import { attachLexiconIndexed, splitCurrencyCodes } from "../../../src/extract/lexicon/attach.js";
import { tokenize } from "../../../src/extract/tokens.js";

const SENTENCES = [
  ...ATOM_READERS.flatMap((r) => [
    ...r.examples.map((e) => e.in),
    ...r.counterExamples.map((e) => e.in),
  ]),
  "the 13th plan",
  "Trade with the EU grew.",
  "It doubled in the second half.",
  "",
];

function contextOf(text: string): AtomContext {
  const { tokens, byClass, digits } = attachLexiconIndexed(splitCurrencyCodes(tokenize(text)));
  return { text, tokens, numbers: findNumberLits(tokens, digits), byClass, digits, entities: [] };
}

function occurs(t: AtomTrigger, ctx: AtomContext): boolean {
  if (t === "number") return ctx.numbers.length > 0;
  if (t === "digit") return ctx.tokens.some((x) => /^\d/.test(x.raw));
  if (t === "entity") return ctx.entities.length > 0;
  return ctx.byClass.has(t);
}

describe("atom reader triggers", () => {
  it.each(ATOM_READERS.map((r) => [r.name, r] as const))(
    "%s finds nothing where none of its triggers occurs",
    (_name, reader) => {
      expect(reader.triggers.length).toBeGreaterThan(0);
      for (const text of SENTENCES) {
        const ctx = contextOf(text);
        if (reader.triggers.some((t) => occurs(t, ctx))) continue;
        const out: Atom[] = [];
        reader.read(ctx, out);
        expect(out, `${reader.name} in "${text}"`).toEqual([]);
      }
    },
  );
  it("a reader whose trigger occurs is run: an ordinal in digits, which no number literal holds", () => {
    const ctx = contextOf("the 13th plan");
    expect(ctx.numbers).toEqual([]);
    const reader = ATOM_READERS.find((r) => r.name === "numberWord")!;
    const out: Atom[] = [];
    reader.read(ctx, out);
    expect(out.map((a) => a.value)).toEqual([{ value: 13, ordinal: true }]);
  });
});
