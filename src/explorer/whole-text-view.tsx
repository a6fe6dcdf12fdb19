/**
 * The document page's whole text (when the document's text is stored): every character in
 * reading order, line breaks kept, each sentence behind a fact or link marked with its
 * statements on hover, each entity mention a link to its page. The sentence the URL names is
 * marked and scrolled to. Statements are listed beside the text (the page's side facts), so
 * the text itself holds nothing but the document's characters.
 */
import { useEffect } from "react";
import { ViewLink } from "./link.js";
import type { Passage } from "./passages.js";
import type { EntityRef } from "./queries.js";

export function WholeText({
  stretches,
  at,
  statements,
}: {
  stretches: Passage<EntityRef>[];
  at: [number, number] | null;
  statements: Map<string, string>;
}) {
  useEffect(() => {
    if (at) window.document.querySelector(".kept.current")?.scrollIntoView({ block: "center" });
  }, [at]);
  const length = stretches.at(-1)?.end ?? 0;
  const kept = stretches.filter((s) => s.states.length > 0).length;
  return (
    <>
      <p className="note">
        The whole text, {length.toLocaleString("en-GB")} characters, with {kept} highlighted{" "}
        <mark className="fact-mark">sentences stating facts</mark> (their statements on hover) and{" "}
        <mark className="entity-mark">entities</mark>.
      </p>
      <div className="whole-text">
        {stretches.map((stretch) =>
          stretch.states.length === 0 ? (
            <Pieces key={stretch.start} stretch={stretch} />
          ) : (
            <Kept key={stretch.start} stretch={stretch} at={at} statements={statements} />
          ),
        )}
      </div>
    </>
  );
}

/** A sentence behind facts or links: marked, its statements as its title. */
function Kept({
  stretch,
  at,
  statements,
}: {
  stretch: Passage<EntityRef>;
  at: [number, number] | null;
  statements: Map<string, string>;
}) {
  const current = at !== null && stretch.start <= at[0] && at[1] <= stretch.end;
  const said = stretch.states.map((id) => statements.get(id)).filter(Boolean);
  const states = stretch.states.some((id) => id.startsWith("tf:"));
  return (
    <mark
      className={`kept ${states ? "fact-mark" : "link-mark"}${current ? " current" : ""}`}
      data-start={stretch.start}
      data-end={stretch.end}
      title={said.join("\n")}
    >
      <Pieces stretch={stretch} />
    </mark>
  );
}

/** A passage's text, its entity mentions as links to their pages. */
export function Pieces({ stretch }: { stretch: Passage<EntityRef> }) {
  return (
    <>
      {stretch.pieces.map((piece) =>
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
    </>
  );
}
