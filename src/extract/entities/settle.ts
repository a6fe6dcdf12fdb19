/**
 * One settled list of mentions from overlapping candidates: the longest wins, a known name
 * wins over a shape of the same span, then the earliest; known bodies nested in a title stay
 * as nested mentions.
 *
 * Why one pass: overlapping candidates must be settled once, the same way for entities,
 * trade facts and policy links ("Belt and Road countries" over "Belt and Road"). Names nested
 * in an agency or measure title ("Press Bureau of the State Council Information Office") are
 * kept, so the parent body is known.
 */
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import type { Candidate, Mention } from "./types.js";

export function settle(text: string, cands: Candidate[], gazetteer: Gazetteer): Mention[] {
  for (const c of cands) recognise(text, c, gazetteer);
  // one candidate or none needs no sort (a sort copies its array, on every line)
  if (cands.length > 1) cands.sort(byLengthThenKnownThenStart);
  const chosen: Mention[] = [];
  // loops without closures over the candidate: a closure would cost a scope object for each
  for (const c of cands) {
    const outer = firstOverlapping(chosen, c);
    if (!outer) chosen.push(mention(text, c, false));
    else if (keptInside(c, outer) && !nestedOverlaps(chosen, c))
      chosen.push(mention(text, c, true));
  }
  return chosen.length > 1 ? chosen.sort(byStartThenOuter) : chosen;
}

const byLengthThenKnownThenStart = (a: Candidate, b: Candidate) =>
  b.end - b.start - (a.end - a.start) || Number(a.shape) - Number(b.shape) || a.start - b.start;

const byStartThenOuter = (a: Mention, b: Mention) =>
  a.start - b.start || Number(a.nested) - Number(b.nested);

function firstOverlapping(chosen: readonly Mention[], c: Candidate): Mention | undefined {
  for (const m of chosen) if (c.start < m.end && m.start < c.end) return m;
  return undefined;
}

/** A name already kept inside the title overlaps c ("Fujian" in a kept "Fujian Pilot Free Trade Zone"). */
function nestedOverlaps(chosen: readonly Mention[], c: Candidate): boolean {
  for (const m of chosen) if (m.nested && c.start < m.end && m.start < c.end) return true;
  return false;
}

/** A shape candidate whose text is a known name becomes that known entity. */
function recognise(text: string, c: Candidate, gazetteer: Gazetteer): void {
  if (!c.shape) return;
  // a quoted name with its head ('"zero-tariff" policy') is looked up without the quotes
  const surface = text.slice(c.start, c.end);
  const known =
    gazetteer.lookup(surface) ??
    (c.entity.type === "Measure" && c.entity.name !== surface
      ? gazetteer.lookup(c.entity.name)
      : undefined);
  if (known) {
    c.entity = known;
    c.shape = false;
  }
}

function mention(text: string, c: Candidate, nested: boolean): Mention {
  const surface = text.slice(c.start, c.end);
  return { start: c.start, end: c.end, surface, entity: c.entity, nested, source: c.rule };
}

/**
 * A known body inside an agency's or measure's title ("... of the State Council Information
 * Office"), the parent a unit's title names at its end ("Department of X of the Ministry
 * of Y"), or a zone a measure's title names by its shape ("Measures to Support the Fujian
 * Pilot Free Trade Zone": the zone is what the measure targets, not its place and category).
 */
function keptInside(c: Candidate, outer: Mention): boolean {
  const parent =
    (c.rule === "title-name" && c.entity.type === "Agency" && c.end === outer.end) ||
    (c.entity.type === "Zone" &&
      c.entity.kind !== "ZONE_CATEGORY" &&
      outer.entity.type === "Measure");
  return (
    c.start >= outer.start &&
    c.end <= outer.end &&
    !outer.nested &&
    (!c.shape || parent) &&
    c.entity.type !== "Measure" &&
    (outer.entity.type === "Agency" || outer.entity.type === "Measure") &&
    outer.entity.id !== c.entity.id
  );
}
