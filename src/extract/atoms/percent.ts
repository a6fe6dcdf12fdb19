/**
 * Percent ("27.8%", "5 percent", "3.1 per cent") and, as a kind of its own, percentage
 * points ("2.3 percentage points").
 *
 * Why: a change in points is never a percent change; keeping Points a separate atom kind means
 * no change rule can take one by mistake.
 */
import { senseAt } from "../lexicon/attach.js";
import { makeAtom } from "./helpers.js";
import type { Atom, AtomContext, AtomReader } from "./types.js";

function readPercentWords(ctx: AtomContext, want: "percent" | "points", out: Atom[]): void {
  const { tokens } = ctx;
  for (const lit of ctx.numbers) {
    if (lit.suffixScale !== null) continue;
    const s = senseAt(tokens, lit.last, "percentWord");
    if (!s || s.entry.value !== want) continue;
    const last = tokens[lit.last].hit!.last;
    const n = Number(lit.digits);
    out.push(
      want === "percent"
        ? makeAtom("Percent", "percent", tokens, lit.first, last, { pct: n })
        : makeAtom("Points", "points", tokens, lit.first, last, { points: n }),
    );
  }
  readNumberWordPercents(ctx, want, out);
}

/** "seven percent", "two percentage points": a cardinal written as a word */
function readNumberWordPercents(ctx: AtomContext, want: "percent" | "points", out: Atom[]): void {
  const { tokens } = ctx;
  for (const i of ctx.byClass.get("cardinal") ?? []) {
    const n = senseAt(tokens, i, "cardinal")?.entry.value as number;
    const after = tokens[i].hit!.last;
    const s = senseAt(tokens, after, "percentWord");
    if (!s || s.entry.value !== want) continue;
    const last = tokens[after].hit!.last;
    out.push(
      want === "percent"
        ? makeAtom("Percent", "percent", tokens, i, last, { pct: n })
        : makeAtom("Points", "points", tokens, i, last, { points: n }),
    );
  }
}

export const percentReader: AtomReader = {
  name: "percent",
  kind: "Percent",
  specificity: 50,
  triggers: ["number", "cardinal"],
  read: (ctx, out) => readPercentWords(ctx, "percent", out),
  examples: [
    { in: "Exports rose 27.8% in June.", find: "27.8%", value: { pct: 27.8 } },
    { in: "up 5 percent", find: "5 percent", value: { pct: 5 } },
    { in: "down 3.1 per cent", find: "3.1 per cent", value: { pct: 3.1 } },
    { in: "a change of -2.5% on the year", find: "-2.5%", value: { pct: -2.5 } },
    { in: "Exports rose seven percent in May.", find: "seven percent", value: { pct: 7 } },
  ],
  counterExamples: [
    { in: "The share rose 2.3 percentage points.", not: "2.3 percentage points" },
    { in: "The share rose 2.3 percentage points.", not: "2.3 percentage" },
    { in: "The share rose two percentage points.", not: "two percentage points" },
  ],
};

export const pointsReader: AtomReader = {
  name: "points",
  kind: "Points",
  specificity: 50,
  triggers: ["number", "cardinal"],
  read: (ctx, out) => readPercentWords(ctx, "points", out),
  examples: [
    {
      in: "The share rose 2.3 percentage points.",
      find: "2.3 percentage points",
      value: { points: 2.3 },
    },
    { in: "a 0.5 percentage-point gain", find: "0.5 percentage-point", value: { points: 0.5 } },
  ],
  counterExamples: [{ in: "up 5 percent", not: "5 percent" }],
};
