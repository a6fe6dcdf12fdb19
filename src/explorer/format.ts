/**
 * How figures read on the page: amounts as the documents write them (2.66 trillion CNY),
 * percentages with a sign, periods as months. Exact values stay in titles and exports.
 */

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

export function formatAmount(amount: number | null | undefined, unit?: string | null): string {
  if (amount === null || amount === undefined) return "—";
  const magnitude = Math.abs(amount);
  const scale = SCALES.find(([size]) => magnitude >= size);
  const number = scale
    ? `${trimmed(amount / scale[0])} ${scale[1]}`
    : amount.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return unit ? `${number} ${unit}` : number;
}

function trimmed(value: number): string {
  return Number(value.toFixed(3)).toString();
}

export function formatPct(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined) return "—";
  const sign = signed && value > 0 ? "+" : "";
  return `${sign}${value}%`;
}

export function formatPeriod(period: { start: string; end: string }): string {
  return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
}

/** A period's middle as seconds since the epoch: where a point sits on a time axis. */
export function periodMidpoint(period: { start: string; end: string }): number {
  const first = Date.UTC(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)) - 1);
  const last = Date.UTC(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)));
  return (first + last) / 2 / 1000;
}

export const TYPE_LABELS: Record<string, string> = {
  COUNTRY: "Countries",
  REGION: "Regions",
  ZONE: "Zones",
  COMMODITY: "Commodities",
  AGENCY: "Agencies",
  MEASURE: "Measures",
};
