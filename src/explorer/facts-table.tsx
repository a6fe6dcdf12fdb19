/**
 * An entity's trade facts as a table: sortable by any column (buttons in the headers, with
 * aria-sort), filtered by text and flow; each row opens the sentence behind it and links to
 * that sentence in its document.
 */
import { Fragment, useMemo, useState } from "react";
import { formatAmount, formatPct, formatPeriod } from "./format.js";
import { ViewLink } from "./link.js";
import type { Fact } from "./queries.js";

type Column =
  | "period"
  | "flow"
  | "reporter"
  | "partner"
  | "commodity"
  | "value"
  | "change"
  | "share"
  | "document";
const COLUMNS: [Column, string][] = [
  ["period", "Period"],
  ["flow", "Flow"],
  ["reporter", "Reporter"],
  ["partner", "Partner"],
  ["commodity", "Commodity"],
  ["value", "Value"],
  ["change", "Change"],
  ["share", "Share"],
  ["document", "Document"],
];

const sortValue: Record<Column, (fact: Fact) => string | number | null> = {
  period: (f) => `${f.period.start} ${f.period.end}`,
  flow: (f) => f.flow,
  reporter: (f) => f.reporter.name,
  partner: (f) => f.partner?.name ?? "",
  commodity: (f) => f.commodity?.name ?? "",
  value: (f) => f.value?.amount ?? null,
  change: (f) => f.changePct,
  share: (f) => f.sharePct,
  document: (f) => f.evidence[0]?.document?.title ?? "",
};

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === "number" && typeof b === "number"
    ? a - b
    : String(a).localeCompare(String(b));
}

function matches(fact: Fact, text: string, flow: string): boolean {
  if (flow && fact.flow !== flow) return false;
  if (!text) return true;
  const haystack = [
    fact.reporter.name,
    fact.partner?.name,
    fact.commodity?.name,
    fact.flow,
    fact.period.start,
    fact.segment?.value,
  ]
    .join(" ")
    .toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

interface Sort {
  column: Column;
  descending: boolean;
}

export function FactsTable({ facts }: { facts: Fact[] }) {
  const [sort, setSort] = useState<Sort>({ column: "period", descending: false });
  const [text, setText] = useState("");
  const [flow, setFlow] = useState("");
  const [open, setOpen] = useState<string | null>(null);
  const rows = useMemo(() => {
    const kept = facts.filter((fact) => matches(fact, text.trim(), flow));
    const key = sortValue[sort.column];
    const sign = sort.descending ? -1 : 1;
    return kept.sort((a, b) => sign * compare(key(a), key(b)) || a.id.localeCompare(b.id));
  }, [facts, text, flow, sort]);
  const sortBy = (column: Column) =>
    setSort((current) => ({
      column,
      descending: current.column === column && !current.descending,
    }));
  return (
    <div className="facts">
      <div className="filters">
        <FactFilters facts={facts} text={text} setText={setText} flow={flow} setFlow={setFlow} />
        <span className="muted" aria-live="polite">
          {rows.length} of {facts.length} facts
        </span>
      </div>
      <div className="table-wrap">
        <table className="facts-table">
          <caption className="visually-hidden">Trade facts, sortable by each column</caption>
          <SortableHead sort={sort} sortBy={sortBy} />
          <tbody>
            {rows.map((fact) => (
              <FactRow
                key={fact.id}
                fact={fact}
                open={open === fact.id}
                toggle={() => setOpen(open === fact.id ? null : fact.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function FactFilters(props: {
  facts: Fact[];
  text: string;
  setText: (text: string) => void;
  flow: string;
  setFlow: (flow: string) => void;
}) {
  const flows = useMemo(() => [...new Set(props.facts.map((f) => f.flow))].sort(), [props.facts]);
  return (
    <>
      <label>
        Filter{" "}
        <input
          type="search"
          value={props.text}
          onChange={(e) => props.setText(e.target.value)}
          placeholder="partner, commodity, year…"
        />
      </label>
      <label>
        Flow{" "}
        <select value={props.flow} onChange={(e) => props.setFlow(e.target.value)}>
          <option value="">all</option>
          {flows.map((f) => (
            <option key={f} value={f}>
              {f.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** Column headers as buttons that sort (again: the other way), with aria-sort. */
function SortableHead({ sort, sortBy }: { sort: Sort; sortBy: (column: Column) => void }) {
  const direction = (column: Column) =>
    sort.column === column ? (sort.descending ? "descending" : "ascending") : "none";
  return (
    <thead>
      <tr>
        {COLUMNS.map(([column, label]) => (
          <th key={column} scope="col" aria-sort={direction(column)}>
            <button type="button" onClick={() => sortBy(column)}>
              {label}
              {sort.column === column ? (sort.descending ? " ▼" : " ▲") : ""}
            </button>
          </th>
        ))}
        <th scope="col">Sentence</th>
      </tr>
    </thead>
  );
}

function FactRow({ fact, open, toggle }: { fact: Fact; open: boolean; toggle: () => void }) {
  const evidence = fact.evidence[0];
  const entity = (ref: Fact["partner"], none: string) =>
    ref ? (
      <ViewLink to={{ kind: "entity", id: ref.id }}>{ref.name}</ViewLink>
    ) : (
      <span className="muted">{none}</span>
    );
  return (
    <Fragment>
      <tr data-fact={fact.id}>
        <td>{formatPeriod(fact.period)}</td>
        <td>
          {fact.flow.toLowerCase()}
          {fact.segment && <span className="muted"> · {fact.segment.value.toLowerCase()}</span>}
        </td>
        <td>{entity(fact.reporter, "")}</td>
        <td>{entity(fact.partner, "world")}</td>
        <td>{entity(fact.commodity, "all goods")}</td>
        <td
          className="num"
          title={fact.value ? `${fact.value.amount} ${fact.value.currency}` : undefined}
        >
          {formatAmount(fact.value?.amount, fact.value?.currency)}
        </td>
        <td className="num">{formatPct(fact.changePct, true)}</td>
        <td className="num">{formatPct(fact.sharePct)}</td>
        <td>{evidence?.document ? (evidence.document.title ?? evidence.document.id) : "—"}</td>
        <td>
          <button type="button" className="sentence-button" aria-expanded={open} onClick={toggle}>
            {open ? "Hide" : "Sentence"}
          </button>
        </td>
      </tr>
      {open && evidence && (
        <tr className="sentence-row">
          <td colSpan={COLUMNS.length + 1}>
            <blockquote className="sentence">{evidence.quote}</blockquote>
            {evidence.document && (
              <ViewLink
                className="open-document"
                to={{
                  kind: "document",
                  id: evidence.document.id,
                  at: [evidence.start, evidence.end],
                }}
              >
                Read it in {evidence.document.title ?? evidence.document.id}
              </ViewLink>
            )}
            {fact.evidence.length > 1 && (
              <span className="muted"> · stated by {fact.evidence.length} sentences</span>
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
