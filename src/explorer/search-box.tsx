/**
 * The one search box, on every page: names and aliases through the full-text index. Enter
 * shows the results (a linkable ?q= view); "/" anywhere focuses the box; ArrowDown moves
 * into the results.
 */
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { navigate } from "./url-state.js";

export function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(initial), [initial]);
  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent) => {
      const typing = (event.target as HTMLElement | null)?.closest("input, textarea, select");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", focusOnSlash);
    return () => window.removeEventListener("keydown", focusOnSlash);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate({ kind: "search", q: text.trim() });
  };
  const intoResults = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "ArrowDown") return;
    const first = document.querySelector<HTMLAnchorElement>(".results a");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <search className="search">
      <form onSubmit={submit}>
        <label htmlFor="search-input">Search names and aliases</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          name="q"
          value={text}
          placeholder="e.g. ASEAN, crude oil, GACC  (press /)"
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={intoResults}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
