/**
 * A hand-built document whose figures must never share a line: one reporter's imports as
 * half-year, yearly and eleven-year cumulative values, in yuan and in dollars, with changes
 * year on year, against 2019 and of volume; partners that overlap (a bloc and its member, a
 * group with no member list, a member by a stated PART_OF link); and two entities sharing an
 * alias. Ids and names under "zy" so nothing else in the graph is touched.
 */
import type { Entity, EntityType, ExtractedDocument, TradeFact } from "../../src/core/contract.js";
import type { Database } from "../../src/graph/database.js";
import { deleteStoredDocument, writeExtractedDocument } from "../../src/graph/documents.js";

export const MIXED_DOC_ID = "doc:00000000000000b7";
export const ZY = "country:ZYA";
export const ZY_NAME = "Zyland";
export const ZY_BLOC = "region:zy-bloc";
export const ZY_MEMBER = "country:ZYB";
export const ZY_OUTSIDER = "country:ZYC";
export const ZY_GROUP = "region:zy-group";
/** "Zyport" is an alias of both of these. */
export const ZY_TWINS = ["zone:zy-port-north", "zone:zy-port-south"];

const QUOTE = "Zyland's imports rose.";

function entity(id: string, type: EntityType, name: string, kind: string | null = null): Entity {
  return { id, type, name, kind, codes: {}, aliases: [name], mentions: [{ start: 0, end: 6 }] };
}

let serial = 0;
function fact(overrides: Partial<TradeFact>): TradeFact {
  serial += 1;
  return {
    id: `tf:zy${String(serial).padStart(14, "0")}`,
    reporter: ZY,
    partner: null,
    commodity: null,
    flow: "IMPORT",
    segment: null,
    period: { start: "2031-01", end: "2031-06" },
    value: null,
    quantity: null,
    price: null,
    changePct: null,
    baseline: null,
    sharePct: null,
    evidence: { start: 0, end: QUOTE.length, quote: QUOTE },
    speaker: null,
    ...overrides,
  };
}

const half = (year: number) => ({ start: `${year}-01`, end: `${year}-06` });
const cny = (amount: number) => ({ amount, currency: "CNY" as const });

export function mixedDocument(): ExtractedDocument {
  serial = 0;
  const twins = ZY_TWINS.map((id) => ({
    ...entity(id, "Zone", id.endsWith("north") ? "Zyport North" : "Zyport South", "PORT"),
    aliases: ["Zyport"],
  }));
  return {
    contract: "trade-kg/extraction@1",
    document: {
      id: MIXED_DOC_ID,
      source: "test/zy-mixed.txt",
      title: "Zyland test briefing",
      date: "2032-12-31",
      speakers: [],
      extractor: "trade-kg test",
    },
    entities: [
      entity(ZY, "Country", ZY_NAME),
      entity(ZY_BLOC, "Region", "Zybloc", "ECONOMIC_BLOC"),
      entity(ZY_MEMBER, "Country", "Zymember"),
      entity(ZY_OUTSIDER, "Country", "Zyoutsider"),
      entity(ZY_GROUP, "Region", "Zygroup countries", "COUNTRY_GROUP"),
      ...twins,
    ],
    tradeFacts: [
      // half-year values, year-on-year value changes: the default series
      fact({ period: half(2031), value: cny(100e9), changePct: 5, changeOf: "VALUE" }),
      fact({ period: half(2032), value: cny(110e9), changePct: 10, changeOf: "VALUE" }),
      // the same half-year against 2019, and a volume change: other series
      fact({ period: half(2032), baseline: half(2019), changePct: 30, changeOf: "VALUE" }),
      fact({
        period: half(2032),
        quantity: { amount: 5e6, unit: "t" },
        changePct: -2,
        changeOf: "QUANTITY",
      }),
      // a year, in yuan and in dollars, and an eleven-year cumulative total
      fact({ period: { start: "2031-01", end: "2031-12" }, value: cny(210e9) }),
      fact({
        period: { start: "2031-01", end: "2031-12" },
        value: { amount: 30e9, currency: "USD" },
      }),
      fact({ period: { start: "2021-01", end: "2031-12" }, value: cny(1.9e12) }),
      // partners for one half-year: a bloc, its member, an outsider, a group without members
      ...[
        [ZY_GROUP, 900e9],
        [ZY_BLOC, 500e9],
        [ZY_MEMBER, 300e9],
        [ZY_OUTSIDER, 200e9],
      ].map(([partner, amount]) =>
        fact({
          flow: "TOTAL",
          period: half(2031),
          partner: partner as string,
          value: cny(amount as number),
        }),
      ),
    ],
    policyFacts: [
      {
        id: "pf:zy00000000000001",
        subject: ZY_MEMBER,
        predicate: "PART_OF",
        object: ZY_BLOC,
        evidence: { start: 0, end: QUOTE.length, quote: QUOTE },
        speaker: null,
      },
    ],
  };
}

export async function writeMixedFigures(db: Database): Promise<() => Promise<void>> {
  await deleteStoredDocument(db, MIXED_DOC_ID);
  await writeExtractedDocument(db, mixedDocument());
  return async () => {
    await deleteStoredDocument(db, MIXED_DOC_ID);
  };
}
