/**
 * The document page's text. With the document's text stored, all of it (whole-text-view.tsx).
 * Without it (documents stored before texts were kept), the sentences behind its facts and
 * policy links in text order (passages.ts joins and cuts them), each fact sentence and entity
 * mention highlighted at its offsets, a sentence's statements on hover (title) or on its
 * button, and a line where the text goes on between kept passages. Either way the sentence
 * the URL names is marked and scrolled to.
 */
import { Fragment, useEffect, useMemo, useState } from "react";
import { factSummary } from "./fact-summary.js";
import type { DocumentData } from "./load.js";
import { type Passage, passagesOf, type Sentence, stretchesOf } from "./passages.js";
import type { EntityRef, Fact, PolicyLink } from "./queries.js";
import { Pieces, WholeText } from "./whole-text-view.js";

function sentencesOf(documentId: string, facts: Fact[], links: PolicyLink[]): Sentence[] {
  const fromFacts = facts.flatMap((fact) =>
    fact.evidence
      .filter((e) => e.document?.id === documentId)
      .map((e) => ({ ...e, states: [fact.id] })),
  );
  const fromLinks = links.map((link) => ({ ...link.evidence, states: [link.id] }));
  return [...fromFacts, ...fromLinks];
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

export function DocumentText({ data, at }: { data: DocumentData; at: [number, number] | null }) {
  const { document, facts, links } = data;
  const sentences = useMemo(() => sentencesOf(document.id, facts, links), [document, facts, links]);
  const statements = useMemo(() => describeStatements(facts, links), [facts, links]);
  const { text } = document;
  const stretches = useMemo(
    () => (text === null ? null : stretchesOf<EntityRef>(text, sentences, document.mentions)),
    [text, sentences, document],
  );
  return (
    <section aria-labelledby="text-title" className="text">
      <h2 id="text-title">Text</h2>
      {stretches ? (
        <WholeText stretches={stretches} at={at} statements={statements} />
      ) : (
        <KeptPassages data={data} sentences={sentences} at={at} statements={statements} />
      )}
    </section>
  );
}

/** The sentences alone, for a document stored without its text. */
function KeptPassages({
  data,
  sentences,
  at,
  statements,
}: {
  data: DocumentData;
  sentences: Sentence[];
  at: [number, number] | null;
  statements: Map<string, string>;
}) {
  const { document } = data;
  const passages = useMemo(
    () => passagesOf<EntityRef>(sentences, document.mentions),
    [sentences, document],
  );
  useEffect(() => {
    if (at) window.document.querySelector(".passage.current")?.scrollIntoView({ block: "center" });
  }, [at]);
  const shown = passages.reduce((sum, p) => sum + p.end - p.start, 0);
  return (
    <>
      <p className="note">
        Stored before trade-kg kept whole texts, this document shows the sentences behind each fact
        and link: {passages.length} passages, {shown.toLocaleString("en-GB")} characters of a text
        of {document.textLength?.toLocaleString("en-GB") ?? "?"} bytes (ingest it again to see all
        of it). Highlighted: <mark className="fact-mark">sentences stating facts</mark> and{" "}
        <mark className="entity-mark">entities</mark>.
      </p>
      {passages.map((passage, i) => (
        <Fragment key={passage.start}>
          <Gap from={i === 0 ? 0 : passages[i - 1].end} to={passage.start} />
          <PassageView passage={passage} at={at} statements={statements} />
        </Fragment>
      ))}
    </>
  );
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
        <Pieces stretch={passage} />
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
