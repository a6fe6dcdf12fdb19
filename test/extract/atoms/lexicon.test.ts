// The lexicon: generated inflections map to one entry; broken data is refused with 'expected X, got Y'.
import { describe, expect, it } from "vitest";
import { buildLexicon, lexicon, lookup } from "../../../src/extract/lexicon/lexicon.js";

const senses = (w: string) =>
  lookup(w).map((s) => `${s.entry.cls}:${s.entry.lemma}:${s.entry.value}`);

describe("lexicon", () => {
  // surface form → the one entry it must resolve to
  const forms: Array<[string, string]> = [
    ["rose", "change:rise:1"],
    ["risen", "change:rise:1"],
    ["rising", "change:rise:1"],
    ["rises", "change:rise:1"],
    ["fell", "change:fall:-1"],
    ["shrank", "change:shrink:-1"],
    ["went down", "change:go down:-1"],
    ["shipments", "flow:shipment:EXPORT"],
    ["sold abroad", "flow:sell abroad:EXPORT"],
    ["bought", "flow:buy:IMPORT"],
    ["purchases", "flow:purchase:IMPORT"],
    ["deficits", "flow:deficit:BALANCE"],
    ["tonnes", "unit:tonne:t"],
    ["percentage points", "percentWord:percentage point:points"],
    ["U.S. dollars", "currency:US dollar:USD"],
    ["Sept.", "month:September:9"],
    ["eleventh", "ordinal:eleventh:11"],
    ["bn", "scale:billion:9"],
  ];
  it.each(forms)("%s → %s", (form, entry) => {
    expect(senses(form)).toEqual([entry]);
  });

  it("marks the forms that are also common words as guarded", () => {
    expect(lookup("May")[0].guarded).toBe(true);
    expect(lookup("June")[0].guarded).toBe(false);
  });

  it("is built once", () => {
    expect(lexicon()).toBe(lexicon());
  });

  // broken data → the error names the entry and says what was expected
  const broken: Array<[Record<string, unknown>, string]> = [
    [
      { flow: [{ lemma: "export", value: "EXPROT" }] },
      'lexicon.flow[0].value: expected one of EXPORT|IMPORT|TOTAL|BALANCE, got "EXPROT"',
    ],
    [
      { month: [{ lemma: "Smarch", value: 13 }] },
      "lexicon.month[0].value: expected an integer 1..12, got 13",
    ],
    [
      { change: [{ lemma: "rise", value: 1, pos: ["adverb"] }] },
      'lexicon.change[0].pos: expected a list of noun|verb, got ["adverb"]',
    ],
    [
      { unit: [{ value: "t" }] },
      "lexicon.unit[0].lemma: expected a non-empty string, got undefined",
    ],
    [{ colour: [] }, "lexicon.colour: expected a class"],
    [
      { scale: [{ lemma: "lakh", value: 5, extra: 1 }] },
      "lexicon.scale[0].extra: expected no such key",
    ],
  ];
  it.each(broken)("refuses %j", (data, message) => {
    expect(() => buildLexicon(data)).toThrow(message);
  });
});
