/**
 * APPLIES_TO after a preposition: "green channel for fresh fruit", "a zero-tariff policy for
 * goods imported into the Hainan Free Trade Port", "measures on imports from Japan".
 *
 * Why the guards: a deal "signed in Chongqing" names where it was signed, an expo or a forum
 * "held in Shanghai" where it met (data: cues.venueWords), and China is the
 * country that acts in these texts, not a measure's target; a city is where, not what; a
 * train or ship "bound for" a place goes there (data: cues.destination).
 */
import type { Item, PolicyRule, SentenceView } from "../types.js";
import { policyVocabulary } from "../vocabulary.js";
import { between, ent, link, norms, phraseBefore } from "./helpers.js";

const EXAMPLES = new Set(["including", "such as", "like", ", including", "namely"]);

const PREPOSITIONS = [
  "for",
  "to",
  "on",
  "covering",
  "covers",
  "cover",
  "targeting",
  "toward",
  "towards",
  "against",
  "in",
  "at",
  "into",
  "from",
  // "targets", "covered": the verbs by which a measure states what it covers (data: cues.coverVerbs)
  ...policyVocabulary().cues.coverVerbs,
];

/** words that only join places: "Guangdong and Hong Kong, as well as between Guangdong and Macao" */
const PLACE_JOINS = new Set([",", "and", "or", "as", "well", "between", "the"]);

/**
 * Places joined to the target that the list rule kept apart (a province and a region of
 * another type: "between Guangdong and Hong Kong"): the pieces after `end` while only joining
 * words stand between them.
 */
function joinedPlaces(view: SentenceView, end: number): Item[] {
  const out: Item[] = [];
  for (let i = end + 1; i < view.pieces.length; i++) {
    const p = view.pieces[i];
    if (p.kind === "ent") {
      if (!p.items.every((x) => x.type === "Region" || x.type === "Country")) break;
      // "a tariff on China, and Beijing imposed …": a place with its own verb opens a clause
      const next = view.pieces[i + 1];
      if (next?.kind === "verb" || (next?.kind === "word" && /ed$/.test(next.norm))) break;
      out.push(...p.items);
    } else if (!("norm" in p) || !PLACE_JOINS.has(p.norm)) break;
  }
  return out;
}

/** "the Expo in Shanghai", "the forum was held in Beijing": the place is a venue, not a target. */
function venue(view: SentenceView, m: number, prep: number, measures: Item[]): boolean {
  if (measures.some((i) => i.kind === "EXPO")) return true;
  const { venueWords } = policyVocabulary().cues;
  return view.pieces.slice(m + 1, prep).some((p) => p.kind === "word" && venueWords.has(p.norm));
}

export const measureTarget: PolicyRule = {
  name: "measure-target",
  pattern: [
    { ent: ["Measure"], as: "measure" },
    { gap: 3, overVerb: false },
    { words: PREPOSITIONS, as: "prep" },
    { gap: 14, overVerb: false },
    { ent: ["Zone", "Commodity", "Region", "Country"], as: "targets" },
  ],
  produce(view, caps) {
    const prep = view.pieces[caps.get("prep") as number];
    // a long phrase reaches its names only through examples ("in eight cities, including …")
    const phrase = between(view, caps.get("prep") as number, caps.get("targets") as number);
    if (
      phrase.length > 8 &&
      !EXAMPLES.has(norms(phrase.slice(-2)).join(" ")) &&
      !EXAMPLES.has(norms(phrase.slice(-1))[0])
    )
      return [];
    // "a freight train bound for Germany": where a service goes, not what the measure targets
    if (phraseBefore(view, (caps.get("prep") as number) + 1, policyVocabulary().cues.destination))
      return [];
    const m = caps.get("measure") as number;
    const place = "norm" in prep && (prep.norm === "in" || prep.norm === "at");
    if (place && view.pieces.slice(0, m).some((p) => p.kind === "verb" && p.cls === "SIGN"))
      return [];
    const measures = ent(view, caps, "measure").items.filter((i) => i.type === "Measure");
    if (place && venue(view, m, caps.get("prep") as number, measures)) return [];
    const named = ent(view, caps, "targets").items;
    const places = named.every((i) => i.type === "Region" || i.type === "Country");
    const reached = places
      ? [...named, ...joinedPlaces(view, caps.get("targets") as number)]
      : named;
    const targets = reached.filter(
      (i) =>
        !i.pronoun &&
        i.id !== "country:CHN" &&
        i.kind !== "CITY" &&
        i.type !== "Measure" &&
        i.type !== "Agency",
    );
    // "for raw materials imported into the Hainan Free Trade Port": a place the goods go to
    const end = caps.get("targets") as number;
    const [w, prep2, art] = [view.pieces[end + 1], view.pieces[end + 2], view.pieces[end + 3]];
    const dest = art && "norm" in art && art.norm === "the" ? view.pieces[end + 4] : art;
    if (
      w?.kind === "word" &&
      prep2 &&
      "norm" in prep2 &&
      ["into", "in", "to"].includes(prep2.norm) &&
      dest?.kind === "ent"
    )
      targets.push(
        ...dest.items.filter(
          (i) => i.type === "Zone" || (i.type === "Region" && i.kind !== "CITY"),
        ),
      );
    return measures.flatMap((mm) => targets.map((t) => link(mm.id, "APPLIES_TO", t.id)));
  },
  examples: [
    {
      sentence: 'Customs opened a "green channel" for fresh fruit and aquatic products.',
      links: [
        ["measure:green-channel", "APPLIES_TO", "commodity:fruits"],
        ["measure:green-channel", "APPLIES_TO", "commodity:seafood"],
      ],
    },
    {
      sentence:
        "Customs ran the two-step declaration in nine cities across four provinces and municipalities, including Chongqing and Tianjin.",
      links: [
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-CQ"],
        ["measure:two-step-declaration", "APPLIES_TO", "region:CN-TJ"],
      ],
    },
    {
      sentence: "The export controls now target Japan and the Netherlands.",
      links: [
        ["measure:export-controls", "APPLIES_TO", "country:JPN"],
        ["measure:export-controls", "APPLIES_TO", "country:NLD"],
      ],
    },
    {
      sentence: "The Belt and Road Initiative now covers Kazakhstan and Pakistan.",
      links: [
        ["measure:belt-and-road-initiative", "APPLIES_TO", "country:KAZ"],
        ["measure:belt-and-road-initiative", "APPLIES_TO", "country:PAK"],
      ],
    },
    {
      sentence:
        "Customs extended the Single Window to traders between Guangdong and Hong Kong, as well as between Guangdong and Macao.",
      links: [
        ["measure:single-window", "APPLIES_TO", "region:CN-GD"],
        ["measure:single-window", "APPLIES_TO", "country:HKG"],
        ["measure:single-window", "APPLIES_TO", "country:MAC"],
      ],
    },
  ],
  counterExamples: [
    {
      sentence:
        "The two-step declaration for goods cleared by firms that ship through the busy ports of Tianjin grew.",
      notLinked: [["measure:two-step-declaration", "region:CN-TJ"]],
    },
    {
      sentence: "Peru and Chile signed the Digital Economy Partnership Agreement in Chongqing.",
      notLinked: [["measure:digital-economy-partnership-agreement", "region:CN-CQ"]],
    },
    {
      sentence: "The Belt and Road Forum was held in Beijing last spring.",
      notLinked: [["measure:belt-and-road-forum", "region:CN-BJ"]],
    },
    {
      sentence: "The China International Import Expo took place in Shanghai again.",
      notLinked: [["measure:ciie", "region:CN-SH"]],
    },
    {
      sentence: "Customs extended the Single Window to Guangdong, and Hong Kong adopted it too.",
      notLinked: [["measure:single-window", "country:HKG"]],
    },
    {
      sentence:
        "Yesterday a cargo ship of the Belt and Road Initiative bound for Chile left the port.",
      notLinked: [["measure:belt-and-road-initiative", "country:CHL"]],
    },
  ],
};
