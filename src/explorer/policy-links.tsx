/**
 * An entity's policy links grouped by predicate (ISSUED, APPLIES_TO, …), each with the other
 * end, the direction and the sentence that states it, linked to its place in the document.
 * Long groups start folded so that the page below them stays in reach.
 */
import { ViewLink } from "./link.js";
import type { PolicyLink } from "./queries.js";

const OPEN_UP_TO = 8;

function byPredicate(links: PolicyLink[]): [string, PolicyLink[]][] {
  const groups = new Map<string, PolicyLink[]>();
  for (const link of links) {
    const group = groups.get(link.predicate) ?? [];
    group.push(link);
    groups.set(link.predicate, group);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export function PolicyLinks({ links, entityId }: { links: PolicyLink[]; entityId: string }) {
  if (links.length === 0) return <p>No policy link names this entity.</p>;
  return (
    <div className="links">
      {byPredicate(links).map(([predicate, group]) => (
        <details key={predicate} open={group.length <= OPEN_UP_TO} className="predicate-group">
          <summary>
            <h3 id={`predicate-${predicate}`}>
              {predicate.toLowerCase().replaceAll("_", " ")}{" "}
              <span className="count">{group.length}</span>
            </h3>
          </summary>
          <ul>
            {group.map((link) => (
              <LinkItem
                key={`${link.id}:${link.evidence.document?.id}`}
                link={link}
                entityId={entityId}
              />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

function LinkItem({ link, entityId }: { link: PolicyLink; entityId: string }) {
  const end = (ref: PolicyLink["subject"]) =>
    ref.id === entityId ? (
      <strong>{ref.name}</strong>
    ) : (
      <ViewLink to={{ kind: "entity", id: ref.id }}>{ref.name}</ViewLink>
    );
  const { evidence } = link;
  return (
    <li>
      {end(link.subject)}{" "}
      <span className="predicate">{link.predicate.toLowerCase().replaceAll("_", " ")}</span>{" "}
      {end(link.object)}
      <details>
        <summary>Sentence</summary>
        <blockquote className="sentence">{evidence.quote}</blockquote>
        {evidence.document && (
          <ViewLink
            to={{ kind: "document", id: evidence.document.id, at: [evidence.start, evidence.end] }}
          >
            Read it in {evidence.document.title ?? evidence.document.id}
          </ViewLink>
        )}
      </details>
    </li>
  );
}
