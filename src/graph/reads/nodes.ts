/**
 * Reads by global id for the API's `node(id)`: trade facts by their ids (entities and
 * documents have their own by-id reads). Ids are global: each kind has its own prefix.
 */
import type { Database } from "../database.js";
import type { ReadOptions } from "./paging.js";
import { FACT_MAP, type TradeFactRow, toTradeFact } from "./rows.js";

export async function tradeFactsByIds(
  db: Database,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(TradeFactRow | null)[]> {
  const result = await db.read(
    `UNWIND $ids AS id
     MATCH (f:TradeFact {id: id})
     RETURN ${FACT_MAP} AS row`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    result.records.map((r) => {
      const row = toTradeFact(r.get("row"));
      return [row.id, row] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
