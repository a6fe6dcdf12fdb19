import { Ctx, Query, Resolver } from "type-graphql";
import { isTradeKgError } from "../../core/errors.js";
import { EXTRACTOR_VERSION } from "../../core/version.js";
import { readDatabaseInfo } from "../../graph/health.js";
import { clientMessage } from "../client-message.js";
import type { ApiContext } from "../context.js";
import { Health } from "./health.type.js";

@Resolver(() => Health)
export class HealthResolver {
  /** Never fails: an unreachable database is a state to report, not an error. */
  @Query(() => Health, {
    description: "Whether the API and its database are up, with node counts by label.",
  })
  async health(@Ctx() context: ApiContext): Promise<Health> {
    try {
      const info = await readDatabaseInfo(context.db, {
        counter: context.counter,
        timeoutMs: 5_000,
      });
      return {
        ok: true,
        version: EXTRACTOR_VERSION,
        database: {
          reachable: true,
          uri: context.db.uri,
          version: info.version,
          edition: info.edition,
          error: null,
          nodeCounts: info.nodeCounts,
        },
      };
    } catch (error) {
      const message = isTradeKgError(error)
        ? clientMessage(error.code, error.message)
        : "the database query failed";
      return {
        ok: false,
        version: EXTRACTOR_VERSION,
        database: {
          reachable: false,
          uri: context.db.uri,
          version: null,
          edition: null,
          error: message,
          nodeCounts: [],
        },
      };
    }
  }
}
