/**
 * Bytes → text, or a refusal a user can act on.
 *
 * Why a module of its own: every offset the extractor emits indexes the string this returns,
 * so decoding must be strict and the same everywhere (UTF-8, BOM dropped, line endings kept).
 * Binary files and invalid UTF-8 are refused rather than decoded with replacement characters,
 * which would silently shift what quotes point at.
 */
import { TradeKgError } from "../core/errors.js";

/**
 * Larger inputs are refused: briefings and releases are tens of kilobytes, and a 16 MB cap keeps
 * one run's memory (text, tokens, mentions, output line) well under a gigabyte.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const BOM = "\uFEFF";
/** one decoder for every call: a whole-buffer decode keeps no state between calls */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) {
    throw new TradeKgError("INPUT_UNREADABLE", `${source}: the file is empty`);
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new TradeKgError(
      "INPUT_UNREADABLE",
      `${source}: the file is ${bytes.length} bytes, over the ${MAX_INPUT_BYTES}-byte limit; split it into documents`,
    );
  }
  if (looksBinary(bytes)) {
    throw new TradeKgError("INPUT_UNREADABLE", `${source}: the file is binary, not text`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch (cause) {
    throw new TradeKgError("INPUT_UNREADABLE", `${source}: the file is not valid UTF-8 text`, {
      cause,
    });
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // /\S/ is the complement of what trim() removes: no copy of the text is made
  if (!/\S/.test(text)) {
    throw new TradeKgError("INPUT_UNREADABLE", `${source}: the file holds only white space`);
  }
  return text;
}

/** A NUL byte, or many control bytes in the first 8 KB, mark a binary file (the test git uses). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n * 0.1;
}
