/**
 * Canonical id pieces: slugs and stable hashes.
 *
 * Why: the same thing must get the same id in every document (contract rule), and fact ids
 * must not change when only the evidence does, so ids are derived from content, never from
 * positions or counters.
 */
import { createHash } from "node:crypto";

/** Lower case ASCII words joined by "-", a leading "the" dropped, "&" read as "and". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[\u2018\u2019'"\u201c\u201d]/g, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9+]+/g, "-")
    .replace(/\+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A stable id: prefix + the first 16 hex digits of the sha256 of the canonical JSON. */
export function stableId(prefix: string, fields: unknown): string {
  return `${prefix}${sha256Hex(JSON.stringify(fields)).slice(0, 16)}`;
}
