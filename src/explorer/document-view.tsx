/**
 * A document's page: its title, date (and where the date came from), source and URL; the
 * sentences behind its facts and policy links with every fact sentence and entity mention
 * highlighted at its offsets (hover or click a sentence to see its facts); a side list of
 * the facts; export links. A sentence named in the URL (?at=start-end) is marked and
 * scrolled to.
 */
import { Fragment, useEffect, useMemo, useState } from "react";
import { ExportLinks } from "./export-links.js";
import { formatAmount, formatPct, formatPeriod } from "./format.js";
import { ViewLink } from "./link.js";
import { type DocumentData, loadDocument } from "./load.js";
import { type Passage, passagesOf, type Sentence } from "./passages.js";
import type { EntityRef, Fact, PolicyLink } from "./queries.js";
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

export function factSummary(fact: Fact): string {
  const partner = fact.partner ? ` with ${fact.partner.name}` : "";
  const goods = fact.commodity ? ` in ${fact.commodity.name}` : "";
  const figures = [
    fact.value && formatAmount(fact.value.amount, fact.value.currency),
    fact.changePct !== null && `${formatPct(fact.changePct, true)} change`,
    fact.sharePct !== null && `${formatPct(fact.sharePct)} share`,
  ].filter(Boolean);
  return `${fact.reporter.name} ${fact.flow.toLowerCase()}${partner}${goods}, ${formatPeriod(fact.period)}: ${figures.join(", ")}`;
}

function sentencesOf(documentId: string, facts: Fact[], links: PolicyLink[]): Sentence[] {
  const fromFacts = facts.flatMap((fact) =>
    fact.evidence
      .filter((e) => e.document?.id === documentId)
      .map((e) => ({ ...e, states: [fact.id] })),
  );
  const fromLinks = links.map((link) => ({ ...link.evidence, states: [link.id] }));
  return [...fromFacts, ...fromLinks];
}

function DocumentBody({ data, at }: { data: DocumentData; at: [number, number] | null }) {
  const { document, facts, links } = data;
  const passages = useMemo(
    () => passagesOf<EntityRef>(sentencesOf(document.id, facts, links), document.mentions),
    [document, facts, links],
  );
  const statements = useMemo(() => describeStatements(facts, links), [facts, links]);
  useEffect(() => {
    if (at) window.document.querySelector(".passage.current")?.scrollIntoView({ block: "center" });
  }, [at]);
  const shown = passages.reduce((sum, p) => sum + p.end - p.start, 0);
  return (
    <article className="document" aria-labelledby="document-title">
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
      <div className="document-columns">
        <section aria-labelledby="text-title" className="text">
          <h2 id="text-title">Text</h2>
          <p className="note">
            trade-kg keeps the sentences behind each fact and link: {passages.length} passages,{" "}
            {shown.toLocaleString("en-GB")} characters of a text of{" "}
            {document.textLength?.toLocaleString("en-GB") ?? "?"} bytes. Highlighted:{" "}
            <mark className="fact-mark">sentences stating facts</mark> and{" "}
            <mark className="entity-mark">entities</mark>.
          </p>
          {passages.map((passage, i) => (
            <Fragment key={passage.start}>
              <Gap from={i === 0 ? 0 : passages[i - 1].end} to={passage.start} />
              <PassageView passage={passage} at={at} statements={statements} />
            </Fragment>
          ))}
        </section>
        <aside aria-labelledby="side-title" className="side">
          <h2 id="side-title">Facts ({facts.length})</h2>
          <ol className="side-facts">
            {inTextOrder(facts, document.id).map((fact) => {
              const evidence = fact.evidence.find((e) => e.document?.id === document.id);
              return (
                <li key={fact.id}>
                  {evidence ? (
                    <ViewLink
                      to={{ kind: "document", id: document.id, at: [evidence.start, evidence.end] }}
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
      </div>
    </article>
  );
}

/** Facts in the order their sentences come in this document. */
function inTextOrder(facts: Fact[], documentId: string): Fact[] {
  const at = (fact: Fact) =>
    fact.evidence.find((e) => e.document?.id === documentId)?.start ?? Number.MAX_SAFE_INTEGER;
  return [...facts].sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
}

function describeStatements(facts: Fact[], links: PolicyLink[]): Map<string, string> {
  const described = new Map<string, string>();
  for (const fact of facts) described.set(fact.id, factSummary(fact));
  for (const link of links)
    described.set(
      link.id,
      `${link.subject.name} ${link.predicate.toLowerCase().replaceAll("_", " ")} ${link.object.name}`,
    );
  return described;
}

/** Where the text goes on between two kept passages. */
function Gap({ from, to }: { from: number; to: number }) {
  if (to - from < 3) return null;
  return <p className="gap">… {(to - from).toLocaleString("en-GB")} characters not kept …</p>;
}

function PassageView({
  passage,
  at,
  statements,
}: {
  passage: Passage<EntityRef>;
  at: [number, number] | null;
  statements: Map<string, string>;
}) {
  const [open, setOpen] = useState(false);
  const current = at !== null && passage.start <= at[0] && at[1] <= passage.end;
  const said = passage.states
    .map((id) => statements.get(id))
    .filter((s): s is string => Boolean(s));
  const states = passage.states.some((id) => id.startsWith("tf:"));
  return (
    <div
      className={`passage${current ? " current" : ""}`}
      data-start={passage.start}
      data-end={passage.end}
    >
      <p className={states ? "fact-mark" : "link-mark"} title={said.join("\n")}>
        {passage.pieces.map((piece) =>
          piece.entity ? (
            <ViewLink
              key={piece.start}
              className="entity-mark"
              to={{ kind: "entity", id: piece.entity.id }}
            >
              {piece.text}
            </ViewLink>
          ) : (
            <span key={piece.start}>{piece.text}</span>
          ),
        )}
      </p>
      <button
        type="button"
        className="states-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {said.length} {said.length === 1 ? "statement" : "statements"}
      </button>
      {open && (
        <ul className="states">
          {said.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
