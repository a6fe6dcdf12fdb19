/**
 * Which of a trade fact's figures a sentence writes out: "5.35 trillion yuan" states a value
 * of 5350000000000, "up 27.5%" a change of 27.5, "accounted for 29.6%" a share of 29.6.
 *
 * Why: a fact is often built from several sentences (the value in one, the share in the
 * next), and an analyst checks a figure against the sentence shown first. Ingestion orders a
 * fact's sentences by what they state, and the API says of each sentence which figures it
 * holds. Numerals are compared as exact decimal strings, never as floats.
 */

export type FigureName = "VALUE" | "QUANTITY" | "PRICE" | "CHANGE" | "SHARE";

/** The figures of a fact, as the contract and the stored graph both carry them. */
export interface FactFigures {
  value: number | null;
  quantity: number | null;
  price: number | null;
  changePct: number | null;
  sharePct: number | null;
}

interface Numeral {
  /** exact decimal string, scale word applied */
  decimal: string;
  /** "%" for percentages, "times" for multiples, "" otherwise */
  unit: "%" | "times" | "";
}

const SCALE_POWER: Record<string, number> = {
  trillion: 12,
  trln: 12,
  tn: 12,
  billion: 9,
  bln: 9,
  bn: 9,
  million: 6,
  mln: 6,
  mn: 6,
  thousand: 3,
};

const NUMERAL =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*-?\s*(trillion|trln|tn|billion|bln|bn|million|mln|mn|thousand)\b)?(?:\s*(%|％|percent\b|per\s+cent\b|pct\b|times\b|-?fold\b))?/gi;

const WORD_VALUES: Record<string, number> = Object.fromEntries([
  ..."zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((w, i) => [w, i] as const),
  ..."twenty thirty forty fifty sixty seventy eighty ninety"
    .split(" ")
    .map((w, i) => [w, (i + 2) * 10] as const),
]);

/** "seven percent", "twenty-one per cent": a whole percent below 100 in words. */
const WORD_PERCENT = /(?:\b([a-z]+)[- ])?\b([a-z]+)\s*(?:percent\b|per\s+cent\b)/gi;

/** Shares written as fractions, as percents to one decimal (the extractor's rounding). */
const FRACTION_SHARES: [RegExp, string][] = [
  [/\bhalf\b/i, "50"],
  [/\b(?:one|a)[- ]third\b/i, "33.3"],
  [/\btwo[- ]thirds\b/i, "66.7"],
  [/\b(?:one|a)[- ]quarter\b|\bone[- ]fourth\b/i, "25"],
  [/\bthree[- ]quarters\b/i, "75"],
  [/\b(?:one|a)[- ]fifth\b/i, "20"],
  [/\btwo[- ]fifths\b/i, "40"],
];

const DOUBLINGS: [RegExp, string][] = [
  [/\bdoubled?\b|\btwo-?fold\b/i, "100"],
  [/\btripled?\b|\bthree-?fold\b/i, "200"],
];

/** digits × 10^-places as a normalised decimal string. */
function shift(digits: string, places: number): string {
  if (places <= 0) return (digits + "0".repeat(-places)).replace(/^0+(?=\d)/, "");
  const padded = digits.padStart(places + 1, "0");
  const whole = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, "");
  const fraction = padded.slice(padded.length - places).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The exact decimal string of a number's magnitude (no exponent). */
export function exactDecimal(value: number): string {
  const text = Math.abs(value).toString();
  if (!/e/i.test(text)) return text;
  const [mantissa, exponent] = text.toLowerCase().split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  return shift(whole + fraction, fraction.length - Number(exponent));
}

function numeralsOf(text: string): Numeral[] {
  const found: Numeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const [, whole, fraction = "", scale, unitWord] = m;
    const power = scale ? SCALE_POWER[scale.toLowerCase()] : 0;
    const decimal = shift(whole.replace(/,/g, "") + fraction, fraction.length - power);
    const lower = unitWord?.toLowerCase() ?? "";
    const unit = !lower ? "" : /times|fold/.test(lower) ? "times" : "%";
    found.push({ decimal, unit });
  }
  for (const [, before, last] of text.matchAll(WORD_PERCENT)) {
    const ones = WORD_VALUES[last.toLowerCase()];
    if (ones === undefined) continue;
    const tens = before === undefined ? undefined : WORD_VALUES[before.toLowerCase()];
    const compound = tens !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10;
    found.push({ decimal: String(compound ? tens + ones : ones), unit: "%" });
  }
  return found;
}

function states(numerals: Numeral[], value: number, unit: Numeral["unit"] | null): boolean {
  const decimal = exactDecimal(value);
  return numerals.some((n) => n.decimal === decimal && (unit === null || n.unit === unit));
}

/** The figures of `fact` that `sentence` writes out, in the order of FigureName. */
export function figuresStated(sentence: string, fact: FactFigures): FigureName[] {
  const numerals = numeralsOf(sentence);
  const stated: FigureName[] = [];
  if (fact.value !== null && states(numerals, fact.value, "")) stated.push("VALUE");
  if (fact.quantity !== null && states(numerals, fact.quantity, "")) stated.push("QUANTITY");
  if (fact.price !== null && states(numerals, fact.price, "")) stated.push("PRICE");
  if (fact.changePct !== null && statesChange(sentence, numerals, fact.changePct)) {
    stated.push("CHANGE");
  }
  if (fact.sharePct !== null && statesShare(sentence, numerals, fact.sharePct)) {
    stated.push("SHARE");
  }
  return stated;
}

function statesShare(sentence: string, numerals: Numeral[], sharePct: number): boolean {
  if (states(numerals, sharePct, "%")) return true;
  const size = exactDecimal(sharePct);
  return FRACTION_SHARES.some(([words, pct]) => pct === size && words.test(sentence));
}

function statesChange(sentence: string, numerals: Numeral[], changePct: number): boolean {
  if (states(numerals, changePct, "%")) return true;
  const size = exactDecimal(changePct);
  const [whole, fraction = ""] = size.split(".");
  const times = shift(whole + fraction, fraction.length + 2);
  if (numerals.some((n) => n.unit === "times" && n.decimal === times)) return true;
  return DOUBLINGS.some(([word, pct]) => pct === size && word.test(sentence));
}

const WEIGHT: Record<FigureName, number> = {
  VALUE: 8,
  QUANTITY: 8,
  PRICE: 8,
  CHANGE: 2,
  SHARE: 1,
};

/** How much of a fact a sentence shows: its amounts count most, then its change, its share. */
export function evidenceWeight(stated: readonly FigureName[]): number {
  return stated.reduce((sum, figure) => sum + WEIGHT[figure], 0);
}
