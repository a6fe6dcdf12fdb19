/**
 * The page frame: a header with the search box on every view, and the view the URL names
 * (search results, an entity, a document, or the start page). Moving focus to the main
 * heading after each navigation keeps keyboard and screen-reader users where the content is.
 */
import { useEffect, useState } from "react";
import { DocumentView } from "./document-view.js";
import { EntityView } from "./entity-view.js";
import { SearchBox } from "./search-box.js";
import { SearchResults } from "./search-results.js";
import { onViewChange, parseView, type View } from "./url-state.js";

export function App() {
  const [view, setView] = useState<View>(() => parseView(window.location.search));
  useEffect(() => onViewChange(setView), []);
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
      <main id="main">
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
    </section>
  );
}

function titleOf(view: View): string {
  if (view.kind === "search") return `${view.q} · trade-kg explorer`;
  if (view.kind === "entity") return `${view.id} · trade-kg explorer`;
  if (view.kind === "document") return `${view.id} · trade-kg explorer`;
  return "trade-kg explorer";
}
