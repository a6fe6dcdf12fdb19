/**
 * The API key that mutations require (TRADE_KG_API_KEY, sent as `x-api-key`). Both sides are
 * hashed before comparing so that timingSafeEqual sees equal lengths and the comparison time
 * says nothing about the key, not even its length.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareFn } from "type-graphql";
import { TradeKgError } from "../core/errors.js";
import type { ApiContext } from "./context.js";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** `what` names the guarded thing in messages, as the subject of a plural verb. */
export function assertApiKey(
  context: Pick<ApiContext, "config" | "apiKey">,
  what = "mutations",
): void {
  const expected = context.config.server.apiKey;
  if (!expected) {
    throw new TradeKgError(
      "UNAUTHENTICATED",
      `${what} are disabled on this server: it was started without TRADE_KG_API_KEY`,
    );
  }
  if (!context.apiKey) {
    throw new TradeKgError("UNAUTHENTICATED", `${what} need the API key in the x-api-key header`);
  }
  if (!timingSafeEqual(digest(context.apiKey), digest(expected))) {
    throw new TradeKgError("UNAUTHENTICATED", "the x-api-key header does not hold the API key");
  }
}

/** Runs before argument validation, so a caller without the key learns nothing else. */
export const RequireApiKey: MiddlewareFn<ApiContext> = async ({ context }, next) => {
  assertApiKey(context);
  return next();
};
