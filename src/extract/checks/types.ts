/**
 * The last layer of extraction: checks that a drafted trade fact is grounded and coherent.
 *
 * Why a layer of its own: the layers before it read phrasing; these read the facts as numbers
 * and ask what no phrasing rule can ("is a share above 100 possible?", "do exports and imports
 * add up to the total stated beside them?"). Each check is one rule with one reason, so a
 * dropped fact can always say why, and a new check never has to know about the others.
 */
import type { TradeFact } from "../../core/contract.js";
import type { Atom } from "../atoms/types.js";

/** What the checks know of the document besides the facts. */
export interface CheckContext {
  /** the document's own month, `YYYY-MM`, or null when no source dated it */
  documentMonth: string | null;
  /**
   * The atoms of the sentence at [start, end) as the trade layer read them (without entity
   * mentions), if it did: a quote need not be read twice. Absent, quotes are read anew.
   */
  sentenceAtoms?: (start: number, end: number) => readonly Atom[] | undefined;
}

/** The slots of a fact that hold a number. */
export type FigureSlot = "value" | "quantity" | "price" | "changePct" | "sharePct";

/**
 * A check's finding on one fact: `weight` multiplies its confidence (0 = never emitted), or
 * `clears` names the one figure that is wrong, which is removed while the fact's other figures
 * stand (a value that lost its scale word does not make its change wrong).
 */
export interface Doubt {
  weight: number;
  reason: string;
  clears?: FigureSlot;
}

/** A rule about one fact alone. */
export interface FactCheck {
  name: string;
  check(fact: TradeFact, ctx: CheckContext): Doubt | null;
}

/** A rule about several facts of one document together (sums, duplicates). */
export interface SetCheck {
  name: string;
  /** doubts by index into `facts` */
  check(facts: readonly TradeFact[], ctx: CheckContext): Map<number, Doubt>;
}
