/**
 * Search results grouped by entity type, most relevant first inside each group. Arrow keys
 * move between results, Enter opens one; every result is a link, so Tab works too.
 */
import type { KeyboardEvent } from "react";
import { TYPE_LABELS } from "./format.js";
import { graphql } from "./graphql.js";
import { ViewLink } from "./link.js";
import { type EntityRef, SEARCH } from "./queries.js";
import { Status } from "./status.js";
import { useLoaded } from "./use-query.js";

interface Hit extends EntityRef {
  kind: string | null;
  aliases: string[];
}

async function searchEntities(q: string): Promise<Hit[]> {
  const data = await graphql<{ search: { edges: { node: Hit }[] } }>(SEARCH, { text: q });
  return data.search.edges.map((edge) => edge.node);
}

function groupByType(hits: Hit[]): [string, Hit[]][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return [...groups];
}

/** ArrowUp/ArrowDown between the result links, in page order. */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  } else if (event.key === "ArrowUp") {
    event.preventDefault();
    document.getElementById("search-input")?.focus();
  }
}

export function SearchResults({ q }: { q: string }) {
  const loaded = useLoaded(() => searchEntities(q), q);
  if (loaded.state !== "done") return <Status loaded={loaded} what={`results for “${q}”`} />;
  const groups = groupByType(loaded.data);
  return (
    <section className="results" aria-labelledby="results-title" onKeyDown={moveBetweenResults}>
      <h1 id="results-title">
        {loaded.data.length} {loaded.data.length === 1 ? "entity" : "entities"} for “{q}”
      </h1>
      {groups.length === 0 && <p>Nothing matches every word; try fewer words or another name.</p>}
      {groups.map(([type, hits]) => (
        <section key={type} aria-labelledby={`group-${type}`} className="result-group">
          <h2 id={`group-${type}`}>
            {TYPE_LABELS[type] ?? type} <span className="count">{hits.length}</span>
          </h2>
          <ul>
            {hits.map((hit) => (
              <li key={hit.id}>
                <ViewLink to={{ kind: "entity", id: hit.id }}>{hit.name}</ViewLink>{" "}
                <span className="muted">
                  {hit.id}
                  {hit.kind ? ` · ${hit.kind.toLowerCase().replaceAll("_", " ")}` : ""}
                  {aliasesOtherThan(hit).length > 0 &&
                    ` · also ${aliasesOtherThan(hit).join(", ")}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function aliasesOtherThan(hit: Hit): string[] {
  return hit.aliases.filter((alias) => alias !== hit.name).slice(0, 4);
}
