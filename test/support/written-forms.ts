/**
 * How a stored figure may be written in a sentence, generated from the figure: the test side
 * of "every value, change and share appears in one of its quotes as written".
 *
 * Why generated, not parsed: ingestion parses numerals out of sentences to order evidence
 * (src/ingest/evidence-order.ts); this module goes the other way, from an exact number to the
 * spellings a writer uses ("5.35 trillion", "5,350 billion", "27.5%", "1.2 times"), so a bug
 * in one direction is not repeated by the other. Numbers are handled as decimal strings: no
 * floating-point arithmetic decides whether a figure is in its quote.
 */

/** The exact decimal string of a JS number as the driver returns it (no exponent, no float noise). */
export function decimalOf(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = Math.abs(value).toString();
  if (!/e/i.test(text)) return text;
  const [mantissa, exponentText] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const [whole, fraction = ""] = mantissa.split(".");
  return shift(whole + fraction, fraction.length - exponent);
}

/** digits × 10^-places as a normalised decimal string ("5350000000000", "2888.5", "0.05"). */
function shift(digits: string, places: number): string {
  if (places <= 0) return trimLeading(digits + "0".repeat(-places));
  const padded = digits.padStart(places + 1, "0");
  const whole = trimLeading(padded.slice(0, padded.length - places));
  const fraction = padded.slice(padded.length - places).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

function trimLeading(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}

/** A decimal string divided by 10^power, exactly. */
function divideByPowerOfTen(decimal: string, power: number): string {
  const [whole, fraction = ""] = decimal.split(".");
  return shift(whole + fraction, fraction.length + power);
}

const SCALES: [number, string[]][] = [
  [12, ["trillion", "trln", "tn", "tln"]],
  [9, ["billion", "bln", "bn"]],
  [8, ["hundred million"]],
  [6, ["million", "mln", "mn", "m"]],
  [4, ["ten thousand"]],
  [3, ["thousand", "k"]],
];

/** A numeral as a regex source: optional thousands separators, an optional ".0" tail. */
function numeralPattern(decimal: string): string {
  const [whole, fraction] = decimal.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",?");
  return `${grouped}${fraction ? `\\.${fraction}0*` : "(?:\\.0+)?"}`;
}

function containsPattern(text: string, numeral: string, after: string): boolean {
  return new RegExp(`(?<![\\d.,])${numeral}${after}`, "i").test(text);
}

/** Whether `text` writes the amount (money or a quantity), with or without a scale word. */
export function writesAmount(text: string, amount: number): boolean {
  const exact = decimalOf(amount);
  if (containsPattern(text, numeralPattern(exact), "(?![\\d]|[.,]\\d)")) return true;
  return SCALES.some(([power, words]) => {
    const scaled = divideByPowerOfTen(exact, power);
    const wordPattern = words.map((w) => w.replace(/ /g, "\\s+")).join("|");
    return containsPattern(text, numeralPattern(scaled), `\\s*-?\\s*(?:${wordPattern})\\b`);
  });
}

const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A whole number below 100 in words ("seven", "twenty-one"), or null. */
function inWords(decimal: string): string | null {
  if (!/^\d{1,2}$/.test(decimal)) return null;
  const n = Number(decimal);
  if (n < 20) return SMALL[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `[- ]${SMALL[n % 10]}` : "");
}

/** Shares written as fractions, by their percent to one decimal (how extraction rounds them). */
const FRACTIONS: Record<string, string> = {
  "50": "half",
  "33.3": "(?:one|a)[- ]third",
  "66.7": "two[- ]thirds",
  "25": "(?:one|a)[- ]quarter|one[- ]fourth",
  "75": "three[- ]quarters",
  "20": "(?:one|a)[- ]fifth",
  "40": "two[- ]fifths",
};

const PERCENT_SIGN = "\\s*(?:%|％|percent\\b|per\\s+cent\\b|pct\\b)";

/** Whether `text` writes a percentage (a change's size or a share), in digits or in words. */
export function writesPercent(text: string, percent: number): boolean {
  const decimal = decimalOf(percent);
  if (containsPattern(text, numeralPattern(decimal), PERCENT_SIGN)) return true;
  const words = inWords(decimal);
  return words !== null && new RegExp(`\\b${words}${PERCENT_SIGN}`, "i").test(text);
}

/** Whether `text` writes a share: as a percentage, or as a fraction ("one-third", "half"). */
export function writesShare(text: string, percent: number): boolean {
  const fraction = FRACTIONS[decimalOf(percent)];
  return (
    writesPercent(text, percent) ||
    (fraction !== undefined && new RegExp(`\\b(?:${fraction})\\b`, "i").test(text))
  );
}

const MULTIPLES: Record<string, string[]> = {
  "100": ["doubled", "double", "two-fold", "twofold"],
  "200": ["tripled", "triple", "three-fold", "threefold"],
  "300": ["quadrupled", "four-fold", "fourfold"],
};

/** Whether `text` writes a change of `changePct` percent ("up 2.6%", "1.2 times", "doubled"). */
export function writesChange(text: string, changePct: number): boolean {
  if (writesPercent(text, changePct)) return true;
  const size = decimalOf(changePct);
  const times = divideByPowerOfTen(size, 2);
  if (containsPattern(text, numeralPattern(times), "\\s*-?\\s*(?:times|fold)\\b")) return true;
  return (MULTIPLES[size] ?? []).some((word) => new RegExp(`\\b${word}\\b`, "i").test(text));
}
