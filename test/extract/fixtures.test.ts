import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../src/core/contract.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { describeFacts, hasFact } from "./helpers.js";

// Documents written for these tests in wordings the seeds do not use, each with hand-made facts.
const FIXTURES = [
  "news-africa-trade",
  "release-monthly-data",
  "provincial-customs-report",
  // news/release styles that once broke extraction: a dateline line, mixed lists, month scope
  "news-dateline-updated",
  "provincial-news-respectively",
  "monthly-release-periods",
  "news-eu-per-cent",
  "press-qa-style",
  // a dateline without a year, a new zone by shape, quoted measures with heads, quantities
  "news-undated-dateline-zones",
  "news-commodities-quantities",
  "provincial-zhejiang-ecommerce",
  // currency words and a calendar date line; speaker lines with the role inline
  "news-dollars-africa",
  "briefing-speaker-roles",
  // "January and February", counted goods, LNG; "released N measures to ...", "Port of X",
  // a signing place that is not a target
  "news-chip-imports-two-months",
  "news-customs-measures-signing",
];

interface Expected {
  document: { title: string; date: string; speakers: string[] };
  tradeFacts: Array<Partial<TradeFact>>;
  /** facts the extractor may also state (correct, but finer than the expected list) */
  acceptedExtras?: Array<Partial<TradeFact>>;
  absentChanges?: number[];
  /** ids that must not be the reporter (a dateline city) or a partner (a scope "in Europe") */
  absentReporters?: string[];
  absentPartners?: string[];
  /** ids that must not be entities ("U.S. dollars" is a currency, not the country) */
  absentEntities?: string[];
  policyPairs: Array<[string, string]>;
  /** [subject, predicate, object] links that must not be made ("signed ... in Beijing") */
  absentPolicyFacts?: Array<[string, string, string]>;
  entities: string[];
}

describe.each(FIXTURES)("fixture %s", (name) => {
  const path = `test/fixtures/extract/${name}`;
  const bytes = readFileSync(`${path}.txt`);
  const want = JSON.parse(readFileSync(`${path}.expected.json`, "utf8")) as Expected;
  const doc = extractDocument(bytes, `${path}.txt`);
  const text = new TextDecoder().decode(bytes);

  it("reads title, date and speakers", () => {
    expect(doc.document.title).toBe(want.document.title);
    expect(doc.document.date).toBe(want.document.date);
    expect(doc.document.speakers).toEqual(want.document.speakers);
  });

  it.each(want.tradeFacts.map((f, i) => [i, f] as const))("finds trade fact %i", (_, f) => {
    expect(
      hasFact(doc.tradeFacts, f),
      `wanted ${JSON.stringify(f)}\ngot:\n${describeFacts(doc.tradeFacts)}`,
    ).toBe(true);
  });

  it("states no trade fact that is not expected (precision)", () => {
    const allowed = [...want.tradeFacts, ...(want.acceptedExtras ?? [])];
    const unexpected = doc.tradeFacts.filter((f) => !allowed.some((w) => hasFact([f], w)));
    expect(unexpected, `unexpected:\n${describeFacts(unexpected)}`).toEqual([]);
  });

  it("reports no figure stated only in a question from the floor", () => {
    for (const c of want.absentChanges ?? [])
      expect(doc.tradeFacts.some((f) => f.changePct === c)).toBe(false);
  });

  it("reads no dateline city as a reporter and no scope area as a partner", () => {
    for (const id of want.absentReporters ?? [])
      expect(doc.tradeFacts.some((f) => f.reporter === id)).toBe(false);
    for (const id of want.absentPartners ?? [])
      expect(doc.tradeFacts.some((f) => f.partner === id)).toBe(false);
  });

  it("finds the policy links", () => {
    const pairs = new Set(doc.policyFacts.map((p) => [p.subject, p.object].sort().join("~")));
    for (const [a, b] of want.policyPairs)
      expect(pairs, `${a} ~ ${b}`).toContain([a, b].sort().join("~"));
  });

  it("makes no link the text does not state", () => {
    const facts = new Set(doc.policyFacts.map((p) => `${p.subject} ${p.predicate} ${p.object}`));
    for (const f of want.absentPolicyFacts ?? []) expect(facts).not.toContain(f.join(" "));
  });

  it("finds the entities", () => {
    const ids = doc.entities.map((e) => e.id);
    for (const id of want.entities) expect(ids).toContain(id);
    for (const id of want.absentEntities ?? []) expect(ids).not.toContain(id);
  });

  it("quotes exactly what its offsets point at", () => {
    for (const f of [...doc.tradeFacts, ...doc.policyFacts])
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
    for (const e of doc.entities)
      for (const m of e.mentions)
        expect(e.aliases).toContain(text.slice(m.start, m.end).replace(/\s+/g, " "));
  });
});
