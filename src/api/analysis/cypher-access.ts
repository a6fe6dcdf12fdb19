/**
 * Who may call the `cypher` field, by TRADE_KG_CYPHER (README, analysts' Cypher): nobody
 * under `off`, holders of the API key under `key` (the default), anyone under `open`. Checked
 * before the arguments are looked at, so a caller without access learns nothing else.
 */
import type { MiddlewareFn } from "type-graphql";
import { TradeKgError } from "../../core/errors.js";
import { assertApiKey } from "../auth.js";
import type { ApiContext } from "../context.js";

export function assertCypherAccess(context: Pick<ApiContext, "config" | "apiKey">): void {
  const mode = context.config.cypherMode;
  if (mode === "open") return;
  if (mode === "off") {
    throw new TradeKgError(
      "CYPHER_DISABLED",
      "analysts' Cypher is turned off on this server (TRADE_KG_CYPHER=off)",
    );
  }
  assertApiKey(context, "Cypher queries (TRADE_KG_CYPHER=key)");
}

export const RequireCypherAccess: MiddlewareFn<ApiContext> = async ({ context }, next) => {
  assertCypherAccess(context);
  return next();
};
