/**
 * Download links for what the page shows, through the server's own GET /export: the entity's
 * neighbourhood or the document's graph as node-link JSON, GraphML or the tidy CSV tables.
 */
const FORMATS: [string, string][] = [
  ["json", "JSON (node-link)"],
  ["graphml", "GraphML"],
  ["csv", "CSV tables (zip)"],
];

export function exportHref(
  selection: { center: string; hops: number } | { document: string },
  format: string,
): string {
  const params = new URLSearchParams({ format });
  if ("center" in selection) {
    params.set("center", selection.center);
    params.set("hops", String(selection.hops));
  } else params.set("document", selection.document);
  return `/export?${params}`;
}

export function ExportLinks({
  selection,
  what,
}: {
  selection: Parameters<typeof exportHref>[0];
  what: string;
}) {
  return (
    <nav className="exports" aria-label={`Export ${what}`}>
      <span>Export {what}:</span>
      <ul>
        {FORMATS.map(([format, label]) => (
          <li key={format}>
            <a href={exportHref(selection, format)} download data-format={format}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
