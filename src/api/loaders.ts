/**
 * The per-request DataLoaders: one for every nested field, created with the request's
 * context so no cache outlives a request and every statement is counted.
 *
 * A nested list (an entity's facts, a document's mentions) is loaded per (field, page size,
 * predicates) by one loader whose keys are (parent id, after): all the parents of a level go
 * to the database in one statement. Batches are bounded (MAX_BATCH keys): a level with more
 * parents than that costs one statement per MAX_BATCH.
 */
import DataLoader from "dataloader";
import type { Predicate } from "../core/contract.js";
import type { Database } from "../graph/database.js";
import {
  countMentions,
  documentsByIds,
  documentsMentioning,
  entitiesMentionedBy,
  type MentionDirection,
} from "../graph/reads/document-reads.js";
import { documentTextsOf } from "../graph/reads/document-text.js";
import { entitiesByIds } from "../graph/reads/entities.js";
import { type FactProjection, projectionKey, WHOLE_FACT } from "../graph/reads/fact-projection.js";
import { type MentionSpanRow, mentionSpansOf } from "../graph/reads/mention-spans.js";
import type { Page } from "../graph/reads/paging.js";
import {
  countPolicyLinksByAnchor,
  type LinkAnchor,
  policyLinksByAnchor,
} from "../graph/reads/policy-links.js";
import type { DocumentRow, EntityRow, PolicyLinkRow, TradeFactRow } from "../graph/reads/rows.js";
import {
  countTradeFactsByAnchor,
  type FactAnchor,
  tradeFactsByAnchor,
} from "../graph/reads/trade-facts.js";

export const MAX_BATCH = 500;

export interface ChildKey {
  id: string;
  after: string | null;
}

const childCacheKey = (key: ChildKey) => `${key.id}\u0000${key.after ?? ""}`;

export function createLoaders(db: Database, counter: { statements: number }) {
  const options = { counter };
  const made = new Map<string, DataLoader<unknown, unknown, unknown>>();
  function memo<K, V, C = K>(name: string, make: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = made.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = make();
      made.set(name, loader as DataLoader<unknown, unknown, unknown>);
    }
    return loader;
  }
  const pages = <R>(name: string, batch: (keys: readonly ChildKey[]) => Promise<Page<R>[]>) =>
    memo(
      name,
      () =>
        new DataLoader<ChildKey, Page<R>, string>(batch, {
          maxBatchSize: MAX_BATCH,
          cacheKeyFn: childCacheKey,
        }),
    );
  const counts = (name: string, batch: (ids: readonly string[]) => Promise<number[]>) =>
    memo(name, () => new DataLoader<string, number>(batch, { maxBatchSize: MAX_BATCH }));
  const predicateKey = (predicates: Predicate[] | null) =>
    predicates?.length ? [...predicates].sort().join(",") : "*";

  return {
    entity: new DataLoader<string, EntityRow | null>((ids) => entitiesByIds(db, ids, options), {
      maxBatchSize: MAX_BATCH,
    }),
    document: new DataLoader<string, DocumentRow | null>(
      (ids) => documentsByIds(db, ids, options),
      { maxBatchSize: MAX_BATCH },
    ),
    /** Parents asking for different parts of their facts batch apart (see fact-projection). */
    tradeFacts: (anchor: FactAnchor, first: number, projection: FactProjection = WHOLE_FACT) =>
      pages<TradeFactRow>(`facts:${anchor}:${first}:${projectionKey(projection)}`, (keys) =>
        tradeFactsByAnchor(db, anchor, keys, first, options, projection),
      ),
    tradeFactCount: (anchor: FactAnchor) =>
      counts(`factCount:${anchor}`, (ids) => countTradeFactsByAnchor(db, anchor, ids, options)),
    policyLinks: (anchor: LinkAnchor, predicates: Predicate[] | null, first: number) =>
      pages<PolicyLinkRow>(`links:${anchor}:${predicateKey(predicates)}:${first}`, (keys) =>
        policyLinksByAnchor(db, anchor, predicates, keys, first, options),
      ),
    policyLinkCount: (anchor: LinkAnchor, predicates: Predicate[] | null) =>
      counts(`linkCount:${anchor}:${predicateKey(predicates)}`, (ids) =>
        countPolicyLinksByAnchor(db, anchor, predicates, ids, options),
      ),
    documentsMentioning: (first: number) =>
      pages<DocumentRow>(`mentionedIn:${first}`, (keys) =>
        documentsMentioning(db, keys, first, options),
      ),
    entitiesMentionedBy: (first: number) =>
      pages<EntityRow>(`mentions:${first}`, (keys) =>
        entitiesMentionedBy(db, keys, first, options),
      ),
    documentText: new DataLoader<string, string | null>(
      (ids) => documentTextsOf(db, ids, options),
      { maxBatchSize: MAX_BATCH },
    ),
    mentionSpans: new DataLoader<string, MentionSpanRow[]>(
      (ids) => mentionSpansOf(db, ids, options),
      { maxBatchSize: MAX_BATCH },
    ),
    mentionCount: (direction: MentionDirection) =>
      counts(`mentionCount:${direction}`, (ids) => countMentions(db, direction, ids, options)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
