/**
 * A document's page: its title, date (and where the date came from), source and URL, export
 * links; its text (document-text.tsx); a side list of its facts in text order, each linking
 * to its sentence.
 */
import { DocumentText } from "./document-text.js";
import { ExportLinks } from "./export-links.js";
import { factSummary } from "./fact-summary.js";
import { ViewLink } from "./link.js";
import { type DocumentData, loadDocument } from "./load.js";
import type { Fact } from "./queries.js";
import { Status } from "./status.js";
import { useLoaded } from "./use-query.js";

const DATE_SOURCES: Record<string, string> = {
  CALLER: "given at ingestion",
  SIDECAR: "a sidecar file beside the document",
  HTML: "the page's metadata",
  TEXT: "a date line in the text",
  URL: "a dated folder in its URL",
  NONE: "no source gives one",
};

export function DocumentView({ id, at }: { id: string; at: [number, number] | null }) {
  const loaded = useLoaded(() => loadDocument(id), id);
  if (loaded.state !== "done") return <Status loaded={loaded} what={id} />;
  return <DocumentBody data={loaded.data} at={at} />;
}

function DocumentBody({ data, at }: { data: DocumentData; at: [number, number] | null }) {
  return (
    <article className="document" aria-labelledby="document-title">
      <DocumentHead document={data.document} />
      <div className="document-columns">
        <DocumentText data={data} at={at} />
        <SideFacts facts={data.facts} documentId={data.document.id} />
      </div>
    </article>
  );
}

function DocumentHead({ document }: { document: DocumentData["document"] }) {
  return (
    <header className="page-head">
      <h1 id="document-title" tabIndex={-1}>
        {document.title ?? document.source}
      </h1>
      <dl className="codes">
        <div>
          <dt>Date</dt>
          <dd>
            {document.date ?? "unknown"}{" "}
            <span className="muted">
              (from {DATE_SOURCES[document.dateSource ?? ""] ?? "an unrecorded source"})
            </span>
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{document.source}</dd>
        </div>
        {document.url && (
          <div>
            <dt>Published at</dt>
            <dd>
              <a href={document.url} rel="noreferrer noopener" target="_blank">
                {document.url}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Id</dt>
          <dd>
            <code>{document.id}</code>
          </dd>
        </div>
      </dl>
      <ExportLinks selection={{ document: document.id }} what="this document's graph" />
    </header>
  );
}

/** Facts in the order their sentences come in this document. */
function inTextOrder(facts: Fact[], documentId: string): Fact[] {
  const at = (fact: Fact) =>
    fact.evidence.find((e) => e.document?.id === documentId)?.start ?? Number.MAX_SAFE_INTEGER;
  return [...facts].sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
}

function SideFacts({ facts, documentId }: { facts: Fact[]; documentId: string }) {
  return (
    <aside aria-labelledby="side-title" className="side">
      <h2 id="side-title">Facts ({facts.length})</h2>
      <ol className="side-facts">
        {inTextOrder(facts, documentId).map((fact) => {
          const evidence = fact.evidence.find((e) => e.document?.id === documentId);
          return (
            <li key={fact.id}>
              {evidence ? (
                <ViewLink
                  to={{ kind: "document", id: documentId, at: [evidence.start, evidence.end] }}
                >
                  {factSummary(fact)}
                </ViewLink>
              ) : (
                factSummary(fact)
              )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
