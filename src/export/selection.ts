/**
 * What a user asks an export for, validated at the boundary. The CLI's options, /export's
 * query string and the GraphQL field all arrive as loose strings and numbers; this turns them
 * into a SubgraphSelection or a BAD_USER_INPUT naming the field, what was expected and what
 * came. (An unknown centre entity or document is NOT_FOUND, found when the export runs.)
 */
import { ENTITY_TYPES, FLOWS } from "../core/contract.js";
import { expectedGot, TradeKgError } from "../core/errors.js";
import { DOCUMENT_ID_PATTERN, ENTITY_ID_PATTERN } from "../core/ids.js";
import type { EdgeKind, SubgraphSelection, SubgraphView } from "../graph/subgraph.js";

export const EXPORT_FORMATS = ["json", "graphml", "csv", "parquet", "neo4j-csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MAX_HOPS = 3;

export interface RawSelection {
  center?: string | null;
  hops?: string | number | null;
  document?: string | null;
  types?: string | string[] | null;
  edges?: string | string[] | null;
  /** `YYYY-MM/YYYY-MM` (an ISO 8601 interval of months) or {start, end}: facts inside it */
  period?: string | { start: string; end: string } | null;
  /** the older spelling of period.start */
  from?: string | null;
  /** the older spelling of period.end */
  to?: string | null;
  flow?: string | null;
  view?: string | null;
  /** network view: keep groups of entities (blocs, regions, categories); true or false */
  includeGroups?: string | boolean | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function bad(message: string): never {
  throw new TradeKgError("BAD_USER_INPUT", message);
}

function list(value: string | string[] | null | undefined): string[] | null {
  if (value === undefined || value === null || value === "") return null;
  const items = (Array.isArray(value) ? value : value.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}

/** The span of months a selection keeps: `period`, or the older from/to; either end may be open. */
function periodOf(raw: RawSelection): { periodStart: string | null; periodEnd: string | null } {
  const given = typeof raw.period === "string" ? raw.period.trim() : raw.period;
  if (given && (raw.from || raw.to)) bad("give period, or the older from/to, not both");
  let periodStart = raw.from?.trim() || null;
  let periodEnd = raw.to?.trim() || null;
  let names = ["from", "to"];
  if (typeof given === "string" && given !== "") {
    const parts = given.split("/");
    if (parts.length !== 2) bad(expectedGot("period", "YYYY-MM/YYYY-MM", given));
    [periodStart, periodEnd] = parts.map((part) => part.trim() || null);
    names = ["period start", "period end"];
  } else if (given && typeof given === "object") {
    periodStart = given.start;
    periodEnd = given.end;
    names = ["period.start", "period.end"];
  }
  if (periodStart !== null && !MONTH.test(periodStart))
    bad(expectedGot(names[0], "a month YYYY-MM", periodStart));
  if (periodEnd !== null && !MONTH.test(periodEnd))
    bad(expectedGot(names[1], "a month YYYY-MM", periodEnd));
  if (periodStart && periodEnd && periodStart > periodEnd)
    bad(`the period ${periodStart}/${periodEnd} is empty: its start must not be after its end`);
  return { periodStart, periodEnd };
}

export function parseSelection(raw: RawSelection): SubgraphSelection {
  const center = raw.center?.trim() || null;
  if (center !== null && !ENTITY_ID_PATTERN.test(center))
    bad(expectedGot("center", "an entity id such as country:CHN", center));
  const documentId = raw.document?.trim() || null;
  if (documentId !== null && !DOCUMENT_ID_PATTERN.test(documentId))
    bad(expectedGot("document", "a document id, doc: and 16 hex digits", documentId));
  if (center && documentId)
    bad(
      "choose either center (an entity's neighbourhood) or document (one document's graph), not both",
    );

  const hopsText =
    raw.hops === undefined || raw.hops === null || raw.hops === "" ? null : String(raw.hops);
  const hops = hopsText === null ? (center ? 1 : 0) : Number(hopsText);
  if (!/^\d+$/.test(hopsText ?? "0") || !Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) {
    bad(expectedGot("hops", `an integer from 0 to ${MAX_HOPS}`, raw.hops));
  }
  if (hopsText !== null && !center) bad("hops needs a center entity to count from");

  const entityTypes = list(raw.types);
  for (const type of entityTypes ?? []) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type))
      bad(expectedGot("types", `entity types among ${ENTITY_TYPES.join(", ")}`, type));
  }
  const edgeKinds = (list(raw.edges) ?? ["trade", "policy"]) as EdgeKind[];
  for (const kind of edgeKinds)
    if (kind !== "trade" && kind !== "policy" && kind !== "mentions")
      bad(expectedGot("edges", "trade, policy, mentions, comma-separated", kind));

  const { periodStart, periodEnd } = periodOf(raw);

  const flow = raw.flow?.trim().toUpperCase() || null;
  if (flow !== null && !(FLOWS as readonly string[]).includes(flow))
    bad(expectedGot("flow", FLOWS.join(", "), raw.flow));

  const view = (raw.view?.trim() || "facts") as SubgraphView;
  if (view !== "facts" && view !== "entities" && view !== "network")
    bad(
      expectedGot(
        "view",
        "facts (as stored), entities (projected) or network (weighted whole trade)",
        raw.view,
      ),
    );
  const includeGroups = booleanOf(raw.includeGroups);
  if (includeGroups && view !== "network")
    bad("includeGroups applies to the network view: add view=network");

  return {
    center,
    hops,
    documentId,
    entityTypes,
    edgeKinds: [...new Set(edgeKinds)],
    periodStart,
    periodEnd,
    flow,
    view,
    includeGroups,
  };
}

function booleanOf(value: string | boolean | null | undefined): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value === "boolean") return value;
  const text = value.trim().toLowerCase();
  if (text !== "true" && text !== "false")
    bad(expectedGot("includeGroups", "true or false", value));
  return text === "true";
}

export function parseFormat(value: string | null | undefined): ExportFormat {
  const format = (value ?? "").trim().toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    bad(expectedGot("format", EXPORT_FORMATS.join(", "), value ?? undefined));
  return format as ExportFormat;
}
