/**
 * Canonical id pieces: slugs and stable hashes.
 *
 * Why: the same thing must get the same id in every document (contract rule), and fact ids
 * must not change when only the evidence does, so ids are derived from content, never from
 * positions or counters.
 */
import { hash } from "node:crypto";

/** Lower case ASCII words joined by "-", a leading "the" dropped, "&" read as "and". */
export function slugify(name: string): string {
  // NFKD and the accents it splits off only matter beyond ASCII
  const plain = NON_ASCII.test(name)
    ? name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    : name;
  return (
    plain
      .replace(/&/g, " and ")
      .replace(/[\u2018\u2019'"\u201c\u201d]/g, "")
      .toLowerCase()
      .replace(/^the\s+/, "")
      // every run of other characters ("+" among them) is one "-"
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}

const NON_ASCII = /[\u0080-\uffff]/;

export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** A stable id: prefix + the first 16 hex digits of the sha256 of the canonical JSON. */
export function stableId(prefix: string, fields: unknown): string {
  return `${prefix}${sha256Hex(JSON.stringify(fields)).slice(0, 16)}`;
}
