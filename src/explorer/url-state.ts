/**
 * Every view is a URL: `?q=asean` (search), `?entity=region:asean` (an entity),
 * `?doc=doc:…&at=120-245` (a document, a sentence highlighted). Links are plain hrefs, so a
 * view can be bookmarked, opened in a new tab or shared; navigation inside the page pushes
 * history and tells the app through a custom event.
 */

export type View =
  | { kind: "home" }
  | { kind: "search"; q: string }
  | { kind: "entity"; id: string }
  | { kind: "document"; id: string; at: [number, number] | null };

const CHANGED = "explorer:view";

export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const entity = params.get("entity");
  if (entity) return { kind: "entity", id: entity };
  const doc = params.get("doc");
  if (doc) return { kind: "document", id: doc, at: parseSpan(params.get("at")) };
  const q = params.get("q");
  if (q?.trim()) return { kind: "search", q: q.trim() };
  return { kind: "home" };
}

/** `120-245` → [120, 245]; anything else → null. */
function parseSpan(text: string | null): [number, number] | null {
  const match = /^(\d+)-(\d+)$/.exec(text ?? "");
  if (!match) return null;
  const span: [number, number] = [Number(match[1]), Number(match[2])];
  return span[0] <= span[1] ? span : null;
}

export function hrefOf(view: View): string {
  const params = new URLSearchParams();
  if (view.kind === "search") params.set("q", view.q);
  if (view.kind === "entity") params.set("entity", view.id);
  if (view.kind === "document") {
    params.set("doc", view.id);
    if (view.at) params.set("at", `${view.at[0]}-${view.at[1]}`);
  }
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

export function navigate(view: View): void {
  window.history.pushState(null, "", hrefOf(view));
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls back with the new view on pushes and on the browser's back and forward. */
export function onViewChange(callback: (view: View) => void): () => void {
  const listener = () => callback(parseView(window.location.search));
  window.addEventListener(CHANGED, listener);
  window.addEventListener("popstate", listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener("popstate", listener);
  };
}
