/**
 * Exact decimal scaling: "8.22" × 10^12 → "8220000000000", by moving the decimal point in the
 * digit string.
 *
 * Why: `8.22 * 1e12` is 8220000000000.001 in binary floating point, and a trade value must be
 * the figure as printed. Shifting digits is exact; the final `Number()` of a decimal string is
 * the nearest double to the true value, which for every integer below 2^53 is the value itself.
 */

/** `digits` ("-1,234.50" without commas: "-1234.50") times 10^power, as a canonical decimal. */
export function scaleDecimal(digits: string, power: number): string {
  // most numbers are plain integers read unscaled: already canonical
  if (power === 0 && isPlainInteger(digits)) return digits;
  const negative = digits.startsWith("-");
  const body = negative ? digits.slice(1) : digits;
  const dot = body.indexOf(".");
  let int = dot < 0 ? body : body.slice(0, dot);
  let frac = dot < 0 ? "" : body.slice(dot + 1);
  if (power >= 0) {
    const moved = frac.slice(0, power).padEnd(power, "0");
    int += moved;
    frac = frac.slice(power);
  } else {
    const k = -power;
    const padded = int.padStart(k + 1, "0");
    frac = padded.slice(padded.length - k) + frac;
    int = padded.slice(0, padded.length - k);
  }
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const out = frac ? `${int}.${frac}` : int;
  return negative && out !== "0" ? `-${out}` : out;
}

/** Digits only, the first not a zero ("2023", not "0", "05", "-3" or "1.5"). */
function isPlainInteger(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 48) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number a canonical decimal string stands for. */
export function decimalNumber(exact: string): number {
  return Number(exact);
}
