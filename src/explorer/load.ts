/**
 * Reads for the entity and document pages: an entity or document with all its trade facts
 * and policy links, page by page (the API pages at 100). Facts are read for each role the
 * entity can play (reporter, partner, commodity) and kept once each. A bound keeps a very
 * large entity from loading forever; the page says when it was reached.
 */
import { graphql } from "./graphql.js";
import {
  DOCUMENT,
  ENTITY,
  type Entity,
  type EntityRef,
  FACTS_PAGE,
  type Fact,
  LINKS_PAGE,
  type Page,
  type PolicyLink,
} from "./queries.js";

export const MAX_FACTS = 5000;

async function allPages<T>(
  query: string,
  field: string,
  variables: Record<string, unknown>,
  bound: number,
): Promise<{ rows: T[]; more: boolean }> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, Page<T>> = await graphql(query, { ...variables, after });
    const page = data[field];
    rows.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { rows, more: false };
    if (rows.length >= bound) return { rows, more: true };
    after = page.pageInfo.endCursor;
  }
}

export async function loadEntity(id: string): Promise<Entity> {
  const { entity } = await graphql<{ entity: Entity | null }>(ENTITY, { id });
  if (!entity) throw new Error(`expected an entity with id ${id}, got none`);
  return entity;
}

export interface EntityStatements {
  facts: Fact[];
  links: PolicyLink[];
  /** true when MAX_FACTS was reached before the last page */
  factsCut: boolean;
}

/** Every fact naming the entity in any role (each once), and every link at either end. */
export async function loadEntityStatements(id: string): Promise<EntityStatements> {
  const roles = ["reporter", "partner", "commodity"].map((role) =>
    allPages<Fact>(FACTS_PAGE, "tradeFacts", { filter: { [role]: id } }, MAX_FACTS),
  );
  const links = allPages<PolicyLink>(
    LINKS_PAGE,
    "policyLinks",
    { filter: { entity: id } },
    MAX_FACTS,
  );
  const pages = await Promise.all(roles);
  const facts = new Map<string, Fact>();
  for (const page of pages) for (const fact of page.rows) facts.set(fact.id, fact);
  return {
    facts: [...facts.values()],
    links: (await links).rows,
    factsCut: pages.some((page) => page.more),
  };
}

export interface Mention {
  start: number;
  end: number;
  entity: EntityRef;
}

export interface DocumentData {
  document: {
    id: string;
    title: string | null;
    date: string | null;
    dateSource: string | null;
    source: string;
    url: string | null;
    textLength: number | null;
    /** the whole text the offsets index; null for documents stored before texts were kept */
    text: string | null;
    extractor: string | null;
    mentions: Mention[];
  };
  facts: Fact[];
  links: PolicyLink[];
}

export async function loadDocument(id: string): Promise<DocumentData> {
  const { document } = await graphql<{ document: DocumentData["document"] | null }>(DOCUMENT, {
    id,
  });
  if (!document) throw new Error(`expected a document with id ${id}, got none`);
  const [facts, links] = await Promise.all([
    allPages<Fact>(FACTS_PAGE, "tradeFacts", { filter: { document: id } }, MAX_FACTS),
    allPages<PolicyLink>(LINKS_PAGE, "policyLinks", { filter: { document: id } }, MAX_FACTS),
  ]);
  return { document, facts: facts.rows, links: links.rows };
}
