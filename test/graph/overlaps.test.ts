/**
 * Which partners of a ranking count the same trade twice, from the blocs' published member
 * lists (data/regions.json): a bloc and its member, two blocs sharing members; groups without
 * a list say so.
 */
import { afterAll, describe, expect, it } from "vitest";
import { partnerOverlaps } from "../../src/graph/reads/overlaps.js";
import { openTestDatabase } from "../support/database.js";

describe("partnerOverlaps", () => {
  const db = openTestDatabase();
  afterAll(() => db.close());

  it("pairs a bloc with its members and with blocs sharing them, and flags groups without a list", async () => {
    const partners = [
      { id: "region:asean", type: "Region" },
      { id: "country:VNM", type: "Country" },
      { id: "country:USA", type: "Country" },
      { id: "region:rcep-countries", type: "Region" },
      { id: "region:belt-and-road-countries", type: "Region" },
    ];
    const overlaps = await partnerOverlaps(db, partners);
    expect(overlaps).toEqual([
      { overlapsWith: ["country:VNM", "region:rcep-countries"], membersKnown: true },
      { overlapsWith: ["region:asean", "region:rcep-countries"], membersKnown: true },
      { overlapsWith: [], membersKnown: true },
      { overlapsWith: ["region:asean", "country:VNM"], membersKnown: true },
      { overlapsWith: [], membersKnown: false },
    ]);
  });
});
