/**
 * The purely lexical atoms: one lexicon class each, no context. FlowTerm ("exports",
 * "sold abroad", "surplus"), ChangeVerb ("rose", "a decline"), Direction ("up", "lower"),
 * PeriodWord ("months", "quarter"), RelYear ("this year", "last year"), Yoy ("year-on-year").
 *
 * Why: each is the lexicon's class read as an atom; keeping them together avoids six files of
 * the same three lines, while each stays its own reader with its own examples.
 */
import type { Flow } from "../../core/contract.js";
import { lexiconAtoms } from "./helpers.js";
import type { AtomReader } from "./types.js";

export const flowTermReader: AtomReader = {
  name: "flowTerm",
  kind: "FlowTerm",
  specificity: 30,
  triggers: ["flow"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "flow", "FlowTerm", "flowTerm", (s) => ({
      flow: s.entry.value as Flow,
      negative: s.entry.negative === true,
      vague: s.entry.vague === true,
    })),
  examples: [
    { in: "Exports to Africa rose.", find: "Exports", value: { flow: "EXPORT" } },
    { in: "Shipments to the EU fell.", find: "Shipments", value: { flow: "EXPORT", vague: true } },
    { in: "Shipments fell 3%.", find: "Shipments", value: { vague: true } },
    { in: "Exports fell 3%.", find: "Exports", value: { vague: false } },
    { in: "goods sold abroad", find: "sold abroad", value: { flow: "EXPORT" } },
    { in: "its purchases from Brazil", find: "purchases", value: { flow: "IMPORT" } },
    { in: "imports and exports grew", find: "imports and exports", value: { flow: "TOTAL" } },
    {
      in: "the trade deficit narrowed",
      find: "deficit",
      value: { flow: "BALANCE", negative: true },
    },
  ],
  counterExamples: [{ in: "Exports rose 5%.", not: "rose" }],
};

export const changeVerbReader: AtomReader = {
  name: "changeVerb",
  kind: "ChangeVerb",
  specificity: 30,
  triggers: ["change"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "change", "ChangeVerb", "changeVerb", (s) => ({
      polarity: s.entry.value as 1 | -1,
      lemma: s.entry.lemma,
    })),
  examples: [
    { in: "Exports rose 5%.", find: "rose", value: { polarity: 1, lemma: "rise" } },
    { in: "Imports have risen.", find: "risen", value: { polarity: 1 } },
    { in: "a decline of 3%", find: "decline", value: { polarity: -1 } },
    { in: "the deficit narrowed", find: "narrowed", value: { polarity: -1 } },
    { in: "sales went up", find: "went up", value: { polarity: 1 } },
    { in: "Shipments to Peru sank 12 percent.", find: "sank", value: { polarity: -1 } },
  ],
  counterExamples: [{ in: "Exports to Africa", not: "Exports" }],
};

export const directionReader: AtomReader = {
  name: "direction",
  kind: "Direction",
  specificity: 20,
  triggers: ["direction", "comparative"],
  read(ctx, out) {
    lexiconAtoms(ctx, out, "direction", "Direction", "direction", (s) => ({
      polarity: s.entry.value as 1 | -1,
      comparative: false,
    }));
    lexiconAtoms(ctx, out, "comparative", "Direction", "direction", (s) => ({
      polarity: s.entry.value as 1 | -1,
      comparative: true,
    }));
  },
  examples: [
    { in: "up 5%", find: "up", value: { polarity: 1 } },
    { in: "3% lower than", find: "lower", value: { polarity: -1, comparative: true } },
  ],
  counterExamples: [{ in: "Exports went up 5%.", not: "up" }],
};

export const periodWordReader: AtomReader = {
  name: "periodWord",
  kind: "PeriodWord",
  specificity: 20,
  triggers: ["periodWord"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "periodWord", "PeriodWord", "periodWord", (s) => ({
      unit: s.entry.value as "year" | "quarter" | "half" | "month",
      plural: s.form === "plural" || s.form === "extra",
    })),
  examples: [
    { in: "the first four months", find: "months", value: { unit: "month", plural: true } },
    { in: "the first three quarters", find: "quarters", value: { unit: "quarter", plural: true } },
  ],
  counterExamples: [{ in: "in the first quarter", not: "quarter" }],
};

export const relYearReader: AtomReader = {
  name: "relYear",
  kind: "RelYear",
  specificity: 40,
  triggers: ["relYear"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "relYear", "RelYear", "relYear", (s) => ({
      offset: s.entry.value as number,
    })),
  examples: [
    { in: "in the first half of this year", find: "this year", value: { offset: 0 } },
    { in: "Exports fell last year.", find: "last year", value: { offset: -1 } },
    { in: "compared with the previous year", find: "the previous year", value: { offset: -1 } },
  ],
  counterExamples: [{ in: "a year-on-year rise", not: "year" }],
};

export const yoyReader: AtomReader = {
  name: "yoy",
  kind: "Yoy",
  specificity: 30,
  triggers: ["yoy"],
  read: (ctx, out) =>
    lexiconAtoms(ctx, out, "yoy", "Yoy", "yoy", (s) => ({
      basis: s.entry.value as "year" | "month",
    })),
  examples: [
    { in: "up 5% year-on-year", find: "year-on-year", value: { basis: "year" } },
    { in: "down 2% month on month", find: "month on month", value: { basis: "month" } },
  ],
  counterExamples: [{ in: "a year of growth", not: "year" }],
};
