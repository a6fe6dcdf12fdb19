/**
 * The page frame: a header with the search box on every view, and the view the URL names
 * (search results, an entity, a document, or the start page, which lists the documents).
 * Focus moves to the main region after each navigation inside the page, so keyboard and
 * screen-reader users start where the new content is.
 */
import { useEffect, useRef, useState } from "react";
import { DocumentView } from "./document-view.js";
import { EntityView } from "./entity-view.js";
import { graphql } from "./graphql.js";
import { ViewLink } from "./link.js";
import { DOCUMENTS } from "./queries.js";
import { SearchBox } from "./search-box.js";
import { SearchResults } from "./search-results.js";
import { Status } from "./status.js";
import { onViewChange, parseView, type View } from "./url-state.js";
import { useLoaded } from "./use-query.js";

export function App() {
  const [view, setView] = useState<View>(() => parseView(window.location.search));
  const main = useRef<HTMLElement>(null);
  useEffect(
    () =>
      onViewChange((next) => {
        setView(next);
        main.current?.focus();
      }),
    [],
  );
  useEffect(() => {
    document.title = titleOf(view);
  }, [view]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href="/">
          trade-kg explorer
        </a>
        <SearchBox initial={view.kind === "search" ? view.q : ""} />
        <a className="ide-link" href="/graphql">
          GraphiQL
        </a>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ViewBody view={view} />
      </main>
    </>
  );
}

function ViewBody({ view }: { view: View }) {
  switch (view.kind) {
    case "search":
      return <SearchResults key={view.q} q={view.q} />;
    case "entity":
      return <EntityView key={view.id} id={view.id} />;
    case "document":
      return <DocumentView key={view.id} id={view.id} at={view.at} />;
    default:
      return <Home />;
  }
}

function Home() {
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">Explore China's trade</h1>
      <p>
        Search a country, bloc, zone, commodity, agency or measure by its name or any alias the
        documents use. Each page shows the trade facts with the sentence behind them, their series
        over time, the policy links and the neighbourhood in the graph.
      </p>
      <p>
        Try <a href="/?q=ASEAN">ASEAN</a>, <a href="/?q=China">China</a> or{" "}
        <a href="/?q=crude%20oil">crude oil</a>.
      </p>
      <Documents />
    </section>
  );
}

interface DocumentItem {
  id: string;
  title: string | null;
  date: string | null;
  source: string;
}

/** The ingested documents, newest first, each opening its page. */
function Documents() {
  const loaded = useLoaded(async () => {
    const data = await graphql<{ documents: { edges: { node: DocumentItem }[] } }>(DOCUMENTS);
    return data.documents.edges
      .map((edge) => edge.node)
      .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  }, "documents");
  if (loaded.state !== "done") return <Status loaded={loaded} what="the documents" />;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      <ul className="documents">
        {loaded.data.map((doc) => (
          <li key={doc.id}>
            <ViewLink to={{ kind: "document", id: doc.id, at: null }}>
              {doc.title ?? doc.source}
            </ViewLink>{" "}
            <span className="muted">{doc.date ?? "undated"}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function titleOf(view: View): string {
  if (view.kind === "search") return `${view.q} · trade-kg explorer`;
  if (view.kind === "entity") return `${view.id} · trade-kg explorer`;
  if (view.kind === "document") return `${view.id} · trade-kg explorer`;
  return "trade-kg explorer";
}
