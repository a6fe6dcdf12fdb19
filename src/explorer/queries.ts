/**
 * The GraphQL the explorer sends, with the shapes it reads back. Written against
 * schema/schema.graphql; kept in one module so the page's use of the API can be read at once.
 */

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface Entity extends EntityRef {
  kind: string | null;
  aliases: string[];
  iso2: string | null;
  iso3: string | null;
  m49: string | null;
  iso3166_2: string | null;
  hs: string | null;
}

export interface EvidenceRow {
  quote: string;
  start: number;
  end: number;
  document: { id: string; title: string | null } | null;
}

export interface Fact {
  id: string;
  flow: string;
  period: { start: string; end: string };
  reporter: EntityRef;
  partner: EntityRef | null;
  commodity: EntityRef | null;
  segment: { dimension: string; value: string } | null;
  value: { amount: number; currency: string } | null;
  changePct: number | null;
  sharePct: number | null;
  evidence: EvidenceRow[];
}

export interface PolicyLink {
  id: string;
  predicate: string;
  subject: EntityRef;
  object: EntityRef;
  evidence: EvidenceRow;
}

export interface Page<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const REF = "id name type";
export const FACT_FIELDS = `id flow period { start end }
  reporter { ${REF} } partner { ${REF} } commodity { ${REF} }
  segment { dimension value } value { amount currency } changePct sharePct
  evidence { quote start end document { id title } }`;
const LINK_FIELDS = `id predicate subject { ${REF} } object { ${REF} }
  evidence { quote start end document { id title } }`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 50) { edges { score node { ${REF} kind aliases } } } }`;

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) { ${REF} kind aliases iso2 iso3 m49 iso3166_2 hs } }`;

export const LINKS_PAGE = `query Links($filter: PolicyLinkFilter!, $after: String) {
  policyLinks(filter: $filter, first: 100, after: $after) {
    edges { node { ${LINK_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

export const FACTS_PAGE = `query Facts($filter: TradeFactFilter!, $after: String) {
  tradeFacts(filter: $filter, first: 100, after: $after, orderBy: { field: PERIOD, direction: ASC }) {
    edges { node { ${FACT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $hops: Int!, $edges: [EdgeKind!]!) {
  exportSubgraph(center: $id, hops: $hops, view: ENTITIES, edges: $edges) {
    nodeCount edgeCount nodeLink } }`;

export const DOCUMENTS = `query Documents {
  documents(first: 100) { edges { node { id title date source } } } }`;

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) { id title date dateSource source url textLength text extractor
    mentions { start end entity { ${REF} } } } }`;

export interface SeriesKey {
  reporter: string;
  partner: string | null;
  commodity: string | null;
  flow: string;
}

export interface SeriesPoints {
  months: number | null;
  unit: string | null;
  /** every period length and unit the facts come in, the charted one included */
  variants: { months: number; unit: string | null; points: number }[];
  edges: {
    period: { start: string; end: string };
    value: number;
    node: { id: string; changePct: number | null };
  }[];
}

export const SERIES_PER_REQUEST = 6;

/** One request for several series: an aliased timeSeries field each (at most SERIES_PER_REQUEST a request: the cost limit). */
export function seriesQuery(count: number): string {
  const variables = Array.from(
    { length: count },
    (_, i) => `$r${i}: ID!, $p${i}: ID, $c${i}: ID, $f${i}: Flow!`,
  ).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) => `s${i}: timeSeries(reporter: $r${i}, partner: $p${i}, commodity: $c${i}, flow: $f${i},
      metric: VALUE, first: 100) { months unit variants { months unit points } edges { period { start end } value node { id changePct } } }`,
  ).join("\n");
  return `query Series(${variables}) {\n${fields}\n}`;
}

export function seriesVariables(keys: SeriesKey[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.flatMap((key, i) => [
      [`r${i}`, key.reporter],
      [`p${i}`, key.partner],
      [`c${i}`, key.commodity],
      [`f${i}`, key.flow],
    ]),
  );
}
