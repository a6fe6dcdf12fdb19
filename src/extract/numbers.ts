/**
 * Numbers as trade prose writes them: amounts with scale words and currencies, tonnages,
 * unit prices, percentages, percentage points, multiples, "doubled", fractions.
 *
 * Why: figures are the core of a trade fact and English states them loosely ("2.66 trillion,
 * 2.52 trillion, and 2.21 trillion yuan" shares one currency; "(about $2.79 trillion)" is a
 * conversion of the figure before it). This module only reads numbers and their units; what a
 * percentage means (change or share) is decided with the sentence around it, in trade-facts.
 */
import type { Currency } from "../core/contract.js";
import { scaleDecimal } from "./atoms/decimal.js";

export type NumberKind =
  | "money"
  | "quantity"
  | "price"
  | "percent"
  | "points"
  | "times"
  | "count"
  | "fraction"
  | "doubled";

export interface NumberMention {
  kind: NumberKind;
  start: number;
  end: number;
  amount: number;
  currency?: Currency;
  unit?: string;
  per?: string;
  /** a money figure in brackets right after another: a currency conversion */
  conversion?: boolean;
}

/** scale words → powers of ten: amounts are scaled exactly (atoms/decimal.ts) */
const SCALE: Record<string, number> = {
  trillion: 12,
  tn: 12,
  billion: 9,
  bn: 9,
  million: 6,
  mn: 6,
  thousand: 3,
};

const NUM =
  /(US\$|\$|€|¥|RMB ?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ -]?(trillion|billion|million|thousand|bn|mn|tn)\b)?(?:\s?(%|percent\b|per cent\b|percentage points?\b|times\b|yuan\b|US dollars\b|U\.S\. dollars\b|dollars\b|euros?\b|RMB\b|CNY\b|USD\b|EUR\b|metric tons\b|metric tonnes\b|tons\b|tonnes\b|tonne\b|ton\b|TEUs?\b|vehicles\b|cars\b|units\b))?/g;
const FRACTION =
  /\b(one-half|half|one-third|a third|two-thirds|one-fourth|one-quarter|a quarter|three-quarters|one-fifth|a fifth|one-sixth|one-tenth)\b/gi;
const FRACTION_VALUE: Record<string, number> = {
  "one-half": 50,
  half: 50,
  "one-third": 33.3,
  "a third": 33.3,
  "two-thirds": 66.7,
  "one-fourth": 25,
  "one-quarter": 25,
  "a quarter": 25,
  "three-quarters": 75,
  "one-fifth": 20,
  "a fifth": 20,
  "one-sixth": 16.7,
  "one-tenth": 10,
};

function currencyOf(s: string | undefined): Currency | undefined {
  if (!s) return undefined;
  const x = s.trim().toLowerCase();
  if (x === "yuan" || x === "rmb" || x === "cny" || x === "¥") return "CNY";
  if (
    x === "$" ||
    x === "us$" ||
    x === "dollars" ||
    x === "us dollars" ||
    x === "u.s. dollars" ||
    x === "usd"
  )
    return "USD";
  if (x === "€" || x === "euro" || x === "euros" || x === "eur") return "EUR";
  return undefined;
}

/** Every number in text[from, to), in order. */
export function findNumbers(text: string, from: number, to: number): NumberMention[] {
  const chunk = text.slice(from, to);
  const out: NumberMention[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(chunk); m; m = NUM.exec(chunk)) {
    const before = chunk[m.index - 1] ?? " ";
    if (/[\p{L}.\d]/u.test(before) && !m[1]) continue; // part of a word or code ("No.47", "3D")
    if (
      /^[A-Za-z]/.test(chunk.slice(m.index + m[0].length, m.index + m[0].length + 1)) &&
      !m[3] &&
      !m[4]
    ) {
      // "13th", "3D", "5G": ordinals and names
      continue;
    }
    const digits = m[2].replace(/,/g, "");
    const raw = Number(digits);
    // exact: "8.22 trillion" is 8220000000000, not 8.22 * 1e12 = 8220000000000.001
    const scaled = Number(scaleDecimal(digits, m[3] ? SCALE[m[3].toLowerCase()] : 0));
    const unit = m[4]?.trim();
    const start = from + m.index;
    const end = from + m.index + m[0].length;
    const cur = currencyOf(m[1]) ?? currencyOf(unit);
    let n: NumberMention;
    if (unit === "%" || unit === "percent" || unit === "per cent")
      n = { kind: "percent", start, end, amount: raw };
    else if (unit?.startsWith("percentage point")) n = { kind: "points", start, end, amount: raw };
    else if (unit === "times") n = { kind: "times", start, end, amount: raw };
    else if (cur) n = { kind: "money", start, end, amount: scaled, currency: cur };
    else if (unit && /ton|tonne/.test(unit))
      n = { kind: "quantity", start, end, amount: scaled, unit: "t" };
    // counted goods: "4.91 million vehicles" (car exports are reported in units)
    else if (unit && /^(vehicles|cars|units)$/.test(unit))
      n = {
        kind: "quantity",
        start,
        end,
        amount: scaled,
        unit: unit === "units" ? "units" : "vehicles",
      };
    else if (unit && /TEU/.test(unit))
      n = { kind: "quantity", start, end, amount: scaled, unit: "TEU" };
    else
      n = {
        kind: "count",
        start,
        end,
        amount: scaled,
        unit: m[3] ? "scaled" : undefined,
      };
    if (n.kind === "money") {
      const per = /^\s*(?:per|a|\/)\s*(tonne|ton|metric ton|t|kg|kilogram|barrel|unit)\b/.exec(
        chunk.slice(m.index + m[0].length),
      );
      if (per) {
        n = {
          kind: "price",
          start,
          end: end + per[0].length,
          amount: scaled,
          currency: n.currency,
          per: per[1].startsWith("ton") || per[1] === "t" || per[1] === "metric ton" ? "t" : per[1],
        };
        NUM.lastIndex = m.index + m[0].length + per[0].length;
      }
      if (
        /\(\s*(?:about|around|roughly|approximately|or|nearly|some)?\s*$/.test(
          chunk.slice(Math.max(0, m.index - 16), m.index),
        )
      ) {
        const prev = out[out.length - 1];
        if (prev && prev.kind === "money" && m.index + from - prev.end < 20) n.conversion = true;
      }
    }
    out.push(n);
  }
  // "2.66 trillion, 2.52 trillion, and 2.21 trillion yuan": scaled bare numbers take the currency
  // of the money figure that closes their list.
  for (let i = out.length - 1; i >= 0; i--) {
    const n = out[i];
    if (n.kind !== "count" || n.unit !== "scaled") continue;
    const next = out[i + 1];
    if (!next || (next.kind !== "money" && next.kind !== "quantity")) continue;
    const gap = text.slice(n.end, next.start);
    if (!/^\s*(?:,|and|,\s*and|or)\s*$/.test(gap)) continue;
    out[i] = { ...n, kind: next.kind, currency: next.currency, unit: next.unit };
  }
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(chunk); m; m = FRACTION.exec(chunk)) {
    const after = chunk.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!/^ of\b/.test(after)) continue;
    // "half" names a fraction only after a quantifier ("nearly half of"), not in "the first half of"
    if (
      /^half$/i.test(m[0]) &&
      !/\b(nearly|about|almost|over|more than|less than|around|roughly|some|than)\s+$/i.test(
        chunk.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    out.push({
      kind: "fraction",
      start: from + m.index,
      end: from + m.index + m[0].length,
      amount: FRACTION_VALUE[m[0].toLowerCase()],
    });
  }
  const dbl = /\b(?:more than |nearly |almost )?doubl(?:ed|ing)\b/gi;
  for (let m = dbl.exec(chunk); m; m = dbl.exec(chunk)) {
    out.push({
      kind: "doubled",
      start: from + m.index,
      end: from + m.index + m[0].length,
      amount: 100,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
