/**
 * An entity's page: its name, type and codes; its trade facts as a table; a chart per series;
 * its policy links by predicate; its neighbourhood as a picture; export links.
 */
import { ExportLinks } from "./export-links.js";
import { FactsTable } from "./facts-table.js";
import { loadEntity, loadEntityStatements } from "./load.js";
import { NeighbourhoodGraph } from "./neighbourhood-graph.js";
import { PolicyLinks } from "./policy-links.js";
import type { Entity } from "./queries.js";
import { seriesCandidates } from "./series.js";
import { SeriesCharts } from "./series-charts.js";
import { Status } from "./status.js";
import { useLoaded } from "./use-query.js";

const CODES: [keyof Entity, string][] = [
  ["iso3", "ISO 3166-1 alpha-3"],
  ["iso2", "ISO 3166-1 alpha-2"],
  ["m49", "UN M49"],
  ["iso3166_2", "ISO 3166-2"],
  ["hs", "HS code"],
];

export function EntityView({ id }: { id: string }) {
  const loaded = useLoaded(() => loadEntity(id), id);
  if (loaded.state !== "done") return <Status loaded={loaded} what={id} />;
  return <EntityBody entity={loaded.data} />;
}

/** The header and the neighbourhood need only the entity; the rest waits for its facts. */
function EntityBody({ entity }: { entity: Entity }) {
  return (
    <article className="entity" aria-labelledby="entity-title">
      <header className="page-head">
        <h1 id="entity-title" tabIndex={-1}>
          {entity.name}
        </h1>
        <p className="type">
          {entity.type.toLowerCase()}
          {entity.kind ? ` · ${entity.kind.toLowerCase().replaceAll("_", " ")}` : ""} ·{" "}
          <code>{entity.id}</code>
        </p>
        <dl className="codes">
          {CODES.filter(([field]) => entity[field]).map(([field, label]) => (
            <div key={field}>
              <dt>{label}</dt>
              <dd>{String(entity[field])}</dd>
            </div>
          ))}
          {entity.aliases.length > 0 && (
            <div>
              <dt>Also written</dt>
              <dd>{entity.aliases.join(", ")}</dd>
            </div>
          )}
        </dl>
        <ExportLinks selection={{ center: entity.id, hops: 1 }} what="its neighbourhood" />
        <nav aria-label="On this page" className="on-page">
          <a href="#facts-title">Trade facts</a> · <a href="#series-title">Series</a> ·{" "}
          <a href="#links-title">Policy links</a> · <a href="#neighbourhood-title">Neighbourhood</a>
        </nav>
      </header>
      <Statements id={entity.id} />
      <section aria-labelledby="neighbourhood-title">
        <h2 id="neighbourhood-title">Neighbourhood</h2>
        <NeighbourhoodGraph id={entity.id} />
      </section>
    </article>
  );
}

function Statements({ id }: { id: string }) {
  const loaded = useLoaded(() => loadEntityStatements(id), id);
  if (loaded.state !== "done")
    return <Status loaded={loaded} what="its trade facts and policy links" />;
  const { facts, links, factsCut } = loaded.data;
  return (
    <>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">Trade facts ({facts.length})</h2>
        {factsCut && (
          <p className="note">Only the first facts are shown; the export holds them all.</p>
        )}
        {facts.length > 0 ? <FactsTable facts={facts} /> : <p>No trade fact names this entity.</p>}
      </section>
      <section aria-labelledby="series-title">
        <h2 id="series-title">Series over time</h2>
        <SeriesCharts candidates={seriesCandidates(facts)} entityId={id} />
      </section>
      <section aria-labelledby="links-title">
        <h2 id="links-title">Policy links ({links.length})</h2>
        <PolicyLinks links={links} entityId={id} />
      </section>
    </>
  );
}
