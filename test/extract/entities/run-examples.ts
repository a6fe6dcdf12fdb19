// Runs an entity rule's own examples and counter-examples as tests, through the whole
// mention pipeline (layout lines → candidates → settling → line readings → acronyms).
import { expect, it } from "vitest";
import {
  documentMentions,
  type Mention,
  referenceGazetteer,
} from "../../../src/extract/entities/index.js";
import type { LineRule, ShapeRule } from "../../../src/extract/entities/types.js";
import { readLayout } from "../../../src/extract/layout/index.js";

export function mentionsIn(text: string): Mention[] {
  return documentMentions(text, readLayout(text), referenceGazetteer()).mentions;
}

function show(text: string, ms: readonly Mention[]): string {
  return ms
    .map((m) => `${m.entity.type}[${m.source}](${text.slice(m.start, m.end)}→${m.entity.id})`)
    .join(" ");
}

const overlapping = (ms: Mention[], at: number, len: number) =>
  ms.filter((m) => m.start < at + len && m.end > at);

export function runEntityExamples(rule: ShapeRule | LineRule): void {
  const drops = "drops" in rule && rule.drops === true;
  const anySource = drops || ("renames" in rule && rule.renames === true);
  it("has examples and counter-examples", () => {
    expect(rule.examples.length + rule.counterExamples.length).toBeGreaterThan(0);
    expect(rule.counterExamples.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.map((e) => [e.find, e] as const))("finds %s", (_f, ex) => {
    const ms = mentionsIn(ex.in);
    const hit = ms.find(
      (m) =>
        ex.in.slice(m.start, m.end) === ex.find &&
        m.entity.type === ex.type &&
        (anySource || m.source === rule.name),
    );
    expect(hit, `${rule.name} "${ex.find}" in "${ex.in}"; got ${show(ex.in, ms)}`).toBeDefined();
    if (ex.id) expect(hit?.entity.id).toBe(ex.id);
  });
  it.each(rule.counterExamples.map((e) => [e.not, e] as const))("does not find %s", (_n, ex) => {
    const at = ex.in.indexOf(ex.not);
    expect(at, `"${ex.not}" is in "${ex.in}"`).toBeGreaterThanOrEqual(0);
    const ms = mentionsIn(ex.in).filter((m) => drops || m.source === rule.name);
    expect(show(ex.in, overlapping(ms, at, ex.not.length))).toBe("");
  });
}
