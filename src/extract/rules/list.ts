/**
 * The one list rule: `A, B and C`, `A and B`, `A; B; and C`, optionally `, respectively`,
 * for entities, numbers, flows and changes alike. Bare numbers take the unit of the item that
 * closes the list ("2.66 trillion, 2.52 trillion and 2.21 trillion yuan"; "24.2 and 10.5
 * percent"), and a list enclosed in dashes ("members -- Brazil, Russia and India --") is the
 * same list.
 *
 * Why: the old extractor dealt lists out only when counts happened to match, in three places;
 * here any slot can be a List and the clause layer zips lists of equal length.
 */

import { scaleDecimal } from "../atoms/decimal.js";
import { senseAt } from "../lexicon/attach.js";
import type { Chart } from "./chart.js";
import { kindNumber } from "./rule-index.js";
import type { Node, NodeKind, Produced, Rule } from "./types.js";

const LISTABLE = new Set<NodeKind>([
  "Entity",
  "Money",
  "Percent",
  "Points",
  "Quantity",
  "Count",
  "FlowTerm",
  "Change",
  "Multiple",
  "Period",
]);

/**
 * The token after a separator at `pos` (",", ";", a conjunction, ", and"; an article after it
 * is skipped: "ASEAN, the EU and the US"), and whether it had a conjunction.
 */
function separator(chart: Chart, pos: number): [number, boolean] | null {
  const t = chart.tokens;
  let p = pos;
  const punct = t[p]?.norm === "," || t[p]?.norm === ";";
  if (punct) p++;
  const conj = senseAt(t, p, "conj") !== null;
  if (conj) p = t[p].hit!.last;
  else if (!punct) return null;
  return [t[p]?.norm === "the" ? p + 1 : p, conj];
}

/** Count items take the kind and unit of the item that closes the list. */
function promote(items: Node[]): Node[] | null {
  const lastItem = items[items.length - 1];
  const kinds = new Set(items.map((i) => i.kind));
  if (kinds.size === 1) return items;
  if (kinds.size > 2 || !kinds.has("Count")) return null;
  const out: Node[] = [];
  for (const it of items) {
    const x = it.kind === "Count" ? countAs(it, lastItem) : it;
    if (!x) return null;
    out.push(x);
  }
  return out;
}

function countAs(c: Node, model: Node): Node | null {
  if (c.kind !== "Count") return null;
  const base = { first: c.first, last: c.last, start: c.start, end: c.end, source: "list-unit" };
  const exact = c.value.scaled ? c.value.exact : null;
  if (model.kind === "Percent" && !c.value.scaled)
    return { ...base, kind: "Percent", value: { pct: c.value.amount } };
  if (model.kind === "Money") {
    const e = exact ?? scaleDecimal(c.value.exact, model.value.scale);
    return {
      ...base,
      kind: "Money",
      value: { ...model.value, amount: Number(e), exact: e, conversion: false },
    };
  }
  if (model.kind === "Quantity") {
    const e = exact ?? scaleDecimal(c.value.exact, model.value.scale);
    return { ...base, kind: "Quantity", value: { ...model.value, amount: Number(e), exact: e } };
  }
  return null;
}

/** The list that `first` opens, or null. */
function listFrom(chart: Chart, first: Node): Produced | null {
  // most items are followed by no separator: nothing is made for them
  if (!separatorAt(chart, first.last)) return null;
  const items = [first];
  let pos = first.last;
  for (;;) {
    const sep = separator(chart, pos);
    if (!sep) break;
    const next = itemAt(chart, sep[0], first.kind);
    if (!next) break;
    items.push(next);
    pos = next.last;
    if (!sep[1]) continue;
    const settled = promote(items);
    return settled ? withRespectively(chart, settled, pos) : null;
  }
  return null;
}

/** Whether a separator (",", ";" or a conjunction) stands at token `pos`. */
function separatorAt(chart: Chart, pos: number): boolean {
  const t = chart.tokens[pos];
  if (t === undefined) return false;
  return t.norm === "," || t.norm === ";" || senseAt(chart.tokens, pos, "conj") !== null;
}

/** The first node at token `at` that can follow an item of kind `kind` in a list, if any. */
function itemAt(chart: Chart, at: number, kind: NodeKind): Node | undefined {
  const nodes = chart.byFirst[at];
  if (nodes === undefined) return undefined;
  for (const n of nodes)
    if (LISTABLE.has(n.kind) && (n.kind === kind || n.kind === "Count" || kind === "Count"))
      return n;
  return undefined;
}

function withRespectively(chart: Chart, items: Node[], pos: number): Produced {
  const t = chart.tokens;
  const comma = t[pos]?.norm === "," ? 1 : 0;
  const resp = senseAt(t, pos + comma, "respectively");
  const last = resp ? t[pos + comma].hit!.last : pos;
  const itemKind = items[items.length - 1].kind;
  return {
    kind: "List",
    value: { itemKind, items: [...items], respectively: resp !== null },
    first: items[0].first,
    last,
    children: [...items],
  };
}

/** the listable kinds as bits (`kindNumber`) */
const LISTABLE_BITS = [...LISTABLE].reduce((m, k) => m | (1 << kindNumber(k)), 0);

/** what `apply` returns where no list starts (never pushed to) */
const NONE: Produced[] = [];

export const listRule: Rule = {
  name: "list",
  produces: "List",
  specificity: 105,
  consumes: LISTABLE,
  starts: { words: [], lex: [], kinds: [...LISTABLE] },
  apply(chart, at) {
    let out: Produced[] = NONE;
    const nodes = chart.byFirst[at];
    const kinds = chart.kindsAt[at];
    for (let j = 0; j < nodes.length; j++) {
      // the kind tested as a bit of the chart's kind number beside the node
      const list = (LISTABLE_BITS & (1 << kinds[j])) !== 0 ? listFrom(chart, nodes[j]) : null;
      if (list === null) continue;
      if (out === NONE) out = [];
      out.push(list);
    }
    return out;
  },
  examples: [
    {
      in: "rose 5%, 6% and 7%, respectively",
      find: "5%, 6% and 7%, respectively",
      value: { itemKind: "Percent", respectively: true },
    },
    {
      in: "2.66 trillion, 2.52 trillion, and 2.21 trillion yuan",
      find: "2.66 trillion, 2.52 trillion, and 2.21 trillion yuan",
      value: {
        itemKind: "Money",
        items: [
          { value: { amount: 2660000000000, currency: "CNY" } },
          { value: { amount: 2520000000000 } },
          { value: { amount: 2210000000000 } },
        ],
      },
    },
    {
      in: "grew 24.2 and 10.5 percent",
      find: "24.2 and 10.5 percent",
      value: { itemKind: "Percent", items: [{ value: { pct: 24.2 } }, { value: { pct: 10.5 } }] },
    },
    {
      in: "2.66, 2.52 and 2.21 trillion yuan",
      find: "2.66, 2.52 and 2.21 trillion yuan",
      value: {
        items: [{ value: { exact: "2660000000000" } }, {}, { value: { exact: "2210000000000" } }],
      },
    },
    {
      in: "exports, imports and the surplus",
      find: "exports, imports and the surplus",
      value: { itemKind: "FlowTerm" },
    },
    { in: "in 2022 and 2023", find: "in 2022 and 2023", value: { itemKind: "Period" } },
    {
      in: "in May and June respectively",
      find: "in May and June respectively",
      value: { itemKind: "Period", respectively: true },
    },
  ],
  counterExamples: [
    { in: "in January and February", not: "January and February" },
    { in: "rose 5%, 6%, 7%", not: "5%, 6%, 7%" },
    { in: "a share of 5% and 2 percentage points", not: "5% and 2 percentage points" },
  ],
};
