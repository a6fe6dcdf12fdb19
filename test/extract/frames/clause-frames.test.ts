import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../../src/core/contract.js";
import { describeFacts, extractSentence, hasFact } from "../helpers.js";

/**
 * The clause-frame and discourse layers, rule by rule: a text of our own (paragraphs split by
 * a blank line, in a release dated July 13, 2021), the facts it must state and the facts it
 * must not. Each row names the rule it guards.
 */
type Want = Partial<TradeFact>;
const H1 = { start: "2021-01", end: "2021-06" };
const JUNE = { start: "2021-06", end: "2021-06" };
const Q1_Q3 = { start: "2020-01", end: "2020-09" };
const Y2020 = { start: "2020-01", end: "2020-12" };
const CNY = (amount: number) => ({ amount, currency: "CNY" as const });

const TABLE: Array<[string, string, Want[], Want[]]> = [
  [
    "a contrast word opens a clause of its own",
    "In the first half, exports rose 12.3 percent to 1.5 trillion yuan, while imports fell 2.1 percent.",
    [
      { flow: "EXPORT", period: H1, value: CNY(1.5e12), changePct: 12.3 },
      { flow: "IMPORT", period: H1, changePct: -2.1, value: null },
    ],
    [{ flow: "IMPORT", changePct: 12.3 }],
  ],
  [
    "'which' opening a new subject splits the clause; a deficit is a negative balance",
    "Imports grew 8.4 percent in June, which left a trade deficit of 3.2 billion U.S. dollars for the month.",
    [
      { flow: "IMPORT", period: JUNE, changePct: 8.4 },
      { flow: "BALANCE", period: JUNE, value: { amount: -3.2e9, currency: "USD" } },
    ],
    [],
  ],
  [
    "a breakdown ('including 40 billion yuan of …') keeps the partner of its whole",
    "Imports from Brazil reached 90 billion yuan in the first half, up 7 percent, including 40 billion yuan of soybeans, up 3 percent.",
    [
      { partner: "country:BRA", commodity: null, flow: "IMPORT", value: CNY(9e10), changePct: 7 },
      { partner: "country:BRA", commodity: "commodity:soybeans", value: CNY(4e10), changePct: 3 },
    ],
    [],
  ],
  [
    "a topic clause before a colon gives the partner that 'bilateral' refers to",
    "Trade with Chile grew fast in the first half: bilateral trade reached 120 billion yuan, up 9 percent.",
    [{ partner: "country:CHL", flow: "TOTAL", period: H1, value: CNY(1.2e11), changePct: 9 }],
    [],
  ],
  [
    "after a share word, the percent is a share and the flow named there is the whole",
    "Exports of steel rose 4 percent in the first half, accounting for 3.5 percent of total exports.",
    [{ commodity: "commodity:steel", flow: "EXPORT", changePct: 4, sharePct: 3.5 }],
    [{ commodity: null }],
  ],
  [
    "a change that opens the sentence before any subject is the change of the subject after it",
    "Up 8 percent year on year, exports of toys reached 30 billion yuan in the first half.",
    [{ commodity: "commodity:toys", flow: "EXPORT", period: H1, value: CNY(3e10), changePct: 8 }],
    [{ changePct: null }],
  ],
  [
    "'taking up' is a share verb, its 'up' is no rise",
    "General trade reached 900 billion yuan in the first half, a drop of 2 percent, taking up 60.5 percent of the total.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        value: CNY(9e11),
        changePct: -2,
        sharePct: 60.5,
      },
    ],
    [{ changePct: 60.5 }],
  ],
  [
    "'making up' is a share verb, its 'up' is no rise",
    "Exports of furniture rose 6 percent to 200 billion yuan in the first half, making up 2.1 percent of the total.",
    [{ commodity: "commodity:furniture", value: CNY(2e11), changePct: 6, sharePct: 2.1 }],
    [{ changePct: 2.1 }],
  ],
  [
    "a comparison opening the clause is the baseline of its changes",
    "Compared with the same period of 2019, exports grew 15 percent in the first half.",
    [{ flow: "EXPORT", period: H1, changePct: 15, baseline: { start: "2019-01", end: "2019-06" } }],
    [{ period: { start: "2019-01", end: "2019-06" } }],
  ],
  [
    "a comparison closing the clause, with no figure of its own, is the baseline too",
    "Exports of ships increased by 40 percent in 2020 compared to 2015.",
    [
      {
        commodity: "commodity:ships",
        period: { start: "2020-01", end: "2020-12" },
        changePct: 40,
        baseline: { start: "2015-01", end: "2015-12" },
      },
    ],
    [],
  ],
  [
    "a percent after 'compared with' is the change of the period compared with",
    "Exports of toys rose 10 percent in the first half, compared with 4 percent in the same period last year.",
    [
      { commodity: "commodity:toys", period: H1, changePct: 10 },
      { commodity: "commodity:toys", period: { start: "2020-01", end: "2020-06" }, changePct: 4 },
    ],
    [],
  ],
  [
    "a percentage-point difference ends the subject: what follows is compared with",
    "Exports rose 9 percent in the first half, 2 percentage points higher than the growth of imports.",
    [{ flow: "EXPORT", changePct: 9 }],
    [{ flow: "IMPORT" }],
  ],
  [
    "a period after 'since' is a reference point, not the period measured",
    "Exports fell 3 percent in June, the first decline since October 2020.",
    [{ flow: "EXPORT", period: JUNE, changePct: -3 }],
    [{ period: { start: "2020-10", end: "2020-10" } }],
  ],
  [
    "'than expected' compares with a forecast: the figure stands",
    "Faster than expected, imports rose 11 percent in June.",
    [{ flow: "IMPORT", period: JUNE, changePct: 11 }],
    [],
  ],
  [
    "'slower than' compares growth rates: the rate after it is a fact of its own period",
    "Exports grew 6 percent in 2020, slower than the 7.5 percent recorded in 2019.",
    [
      { flow: "EXPORT", period: Y2020, changePct: 6, baseline: null },
      { flow: "EXPORT", period: { start: "2019-01", end: "2019-12" }, changePct: 7.5 },
    ],
    [{ period: Y2020, changePct: 7.5 }],
  ],
  [
    "'accelerating from' compares growth rates: each quarter keeps its own",
    "In the second quarter, imports rose 9 percent, accelerating from 4 percent in the first quarter.",
    [
      {
        flow: "IMPORT",
        period: { start: "2021-04", end: "2021-06" },
        changePct: 9,
        baseline: null,
      },
      { flow: "IMPORT", period: { start: "2021-01", end: "2021-03" }, changePct: 4 },
    ],
    [],
  ],
  [
    "'faster than in' a period compares rates: that period is no baseline of the change",
    "In the second quarter, imports rose 9 percent, 2 percentage points faster than in the first quarter.",
    [
      {
        flow: "IMPORT",
        period: { start: "2021-04", end: "2021-06" },
        changePct: 9,
        baseline: null,
      },
    ],
    [{ baseline: { start: "2021-01", end: "2021-03" } }],
  ],
  [
    "a share after 'compared with' is the period compared with's, not the clause's",
    "In 2020, processing trade accounted for 17 percent of total trade, compared with 18 percent in 2019.",
    [{ flow: "TOTAL", period: Y2020, sharePct: 17 }],
    [{ period: Y2020, sharePct: 18 }],
  ],
  [
    "a share 'a year earlier' is the year before's, not the clause's",
    "In 2020, general trade took up 60 percent of total trade, down from 61.5 percent a year earlier.",
    [{ flow: "TOTAL", period: Y2020, sharePct: 60 }],
    [{ period: Y2020, sharePct: 61.5 }],
  ],
  [
    "an amount 'a year earlier' after 'compared with' is a fact of the same months a year before",
    "Imports of soybeans reached 50 million tonnes in the first half, compared with 48 million tonnes a year earlier.",
    [
      { commodity: "commodity:soybeans", period: H1, quantity: { amount: 5e7, unit: "t" } },
      {
        commodity: "commodity:soybeans",
        flow: "IMPORT",
        period: { start: "2020-01", end: "2020-06" },
        quantity: { amount: 4.8e7, unit: "t" },
      },
    ],
    [{ period: H1, quantity: { amount: 4.8e7, unit: "t" } }],
  ],
  [
    "an amount 'up from … a year earlier' is the year before's",
    "Exports to Peru were 9 billion yuan in the first half, up from 7 billion yuan a year earlier.",
    [
      { partner: "country:PER", flow: "EXPORT", period: H1, value: CNY(9e9) },
      {
        partner: "country:PER",
        flow: "EXPORT",
        period: { start: "2020-01", end: "2020-06" },
        value: CNY(7e9),
      },
    ],
    [],
  ],
  [
    "an amount after 'compared with' is a fact of the period named there, and no baseline of the change",
    "In 2020, exports rose 4 percent to 30 billion yuan, compared with 25 billion yuan in 2018.",
    [
      { flow: "EXPORT", period: Y2020, value: CNY(3e10), changePct: 4, baseline: null },
      { flow: "EXPORT", period: { start: "2018-01", end: "2018-12" }, value: CNY(2.5e10) },
    ],
    [{ baseline: { start: "2018-01", end: "2018-12" } }],
  ],
  [
    "a change after 'compared with' and before 'a year ago' is a fact of the same months a year before",
    "In the first half, imports went up 4 percent, compared with a 9.5 percent increase a year ago.",
    [
      { flow: "IMPORT", period: H1, changePct: 4 },
      { flow: "IMPORT", period: { start: "2020-01", end: "2020-06" }, changePct: 9.5 },
    ],
    [{ period: H1, changePct: 9.5 }],
  ],
  [
    "a forecast word a few words after 'than' is a comparison with a forecast: the figure stands",
    "Faster than many analysts had predicted, imports rose 11 percent in June.",
    [{ flow: "IMPORT", period: JUNE, changePct: 11 }],
    [],
  ],
  [
    "a forecast states no fact",
    "Analysts expect exports to grow 4 percent this year.",
    [],
    [{ changePct: 4 }],
  ],
  [
    "'are projected to' is an expectation, even of a period the date resolves into the past",
    "Exports are projected to rise around 6 percent in the fourth quarter, economists said.",
    [],
    [{ changePct: 6 }],
  ],
  [
    "a count of traders reaches its noun over a hyphenated word: no trade fact",
    "In the first half, 2,400 new foreign-invested enterprises were set up, up 12 percent.",
    [],
    [{ changePct: 12 }],
  ],
  [
    "the future tense of a period already past is the writer's, not a forecast",
    "In 2020, Fujian's exports will reach 80 billion yuan, up 5 percent.",
    [{ reporter: "region:CN-FJ", period: { start: "2020-01", end: "2020-12" }, value: CNY(8e10) }],
    [],
  ],
  [
    "a place after 'in' in an apposition scopes the reporter named before it",
    "Quanzhou, a port city in Fujian province, saw its exports rise 7 percent to 120 billion yuan in the first half.",
    [{ reporter: "region:quanzhou", flow: "EXPORT", period: H1, value: CNY(1.2e11), changePct: 7 }],
    [{ reporter: "region:CN-FJ" }],
  ],
  [
    "'China's Zhejiang': the narrower place is the reporter",
    "China's Zhejiang province saw exports rise 10 percent to 1.1 trillion yuan in the first half.",
    [{ reporter: "region:CN-ZJ", flow: "EXPORT", value: CNY(1.1e12), changePct: 10 }],
    [{ reporter: "country:CHN" }],
  ],
  [
    "'the growth rates were …' states the changes of the facts before",
    "Exports to Peru and Chile reached 10 billion yuan and 12 billion yuan respectively in the first half. The growth rates were 5 percent and 6 percent, respectively.",
    [
      { partner: "country:PER", flow: "EXPORT", value: CNY(1e10), changePct: 5 },
      { partner: "country:CHL", flow: "EXPORT", value: CNY(1.2e10), changePct: 6 },
    ],
    [],
  ],
  [
    "a change of a growth rate is not trade",
    "The growth rate of imports increased by 2 percent.",
    [],
    [{ changePct: 2 }],
  ],
  [
    "'shipments' alone go the way of the fact before; a quantity takes the announced goods",
    "China's soybean imports slowed.\n\nShipments in June alone fell 8 percent to 9 million tonnes.",
    [
      {
        commodity: "commodity:soybeans",
        flow: "IMPORT",
        period: JUNE,
        quantity: { amount: 9e6, unit: "t" },
        changePct: -8,
      },
    ],
    [{ flow: "EXPORT" }],
  ],
  [
    "'from A in 2015 to B in 2020' measures B in 2020; A is 2015's",
    "Trade with Peru grew from 50 billion yuan in 2015 to 90 billion yuan in 2020.",
    [
      { partner: "country:PER", period: { start: "2020-01", end: "2020-12" }, value: CNY(9e10) },
      { partner: "country:PER", period: { start: "2015-01", end: "2015-12" }, value: CNY(5e10) },
    ],
    [
      { period: { start: "2020-01", end: "2020-12" }, value: CNY(5e10) },
      { period: { start: "2015-01", end: "2015-12" }, value: CNY(9e10) },
    ],
  ],
  [
    "imports of goods the gazetteer does not know are not the partner's whole trade",
    "Imports of walnuts from Chile rose 30 percent.",
    [],
    [{ partner: "country:CHL" }],
  ],
  [
    "names given as examples of goods already named are not items of their own",
    "Exports of electromechanical products, such as computers and mobile phones, rose 9 percent in the first half.",
    [{ commodity: "commodity:electromechanical-products", flow: "EXPORT", changePct: 9 }],
    [{ commodity: "commodity:computers" }],
  ],
  [
    "names after 'including' that follow the figure are examples of the goods measured",
    "China imported 80 billion yuan worth of goods from Peru in the first half, including copper and fishmeal.",
    [{ partner: "country:PER", commodity: null, flow: "IMPORT", value: CNY(8e10) }],
    [{ commodity: "commodity:copper" }],
  ],
  [
    "goods opening a clause after ', with' are a new subject; 'like' gives examples",
    "Exports to Chile rose 9 percent to 50 billion yuan in the first half, with furniture exports like sofas and beds totaling 8 billion yuan.",
    [
      { partner: "country:CHL", commodity: null, value: CNY(5e10), changePct: 9 },
      { partner: "country:CHL", commodity: "commodity:furniture", value: CNY(8e9) },
    ],
    [{ commodity: null, value: CNY(8e9) }],
  ],
  [
    "a list of goods after ', with' opens its own clause; one figure for the list is no one's",
    "Exports to Chile rose 9 percent to 50 billion yuan in the first half, with textiles and furniture exports totaling 8 billion yuan.",
    [{ partner: "country:CHL", commodity: null, value: CNY(5e10), changePct: 9 }],
    [{ value: CNY(8e9) }],
  ],
  [
    "an aside between commas with no figure does not give the clause its flow words",
    "Fujian's general trade, which mostly reflects exports of local goods, grew 8 percent in the first half.",
    [
      {
        reporter: "region:CN-FJ",
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        flow: "TOTAL",
        changePct: 8,
      },
    ],
    [{ flow: "EXPORT" }],
  ],
  [
    "a relative clause after a share's whole describes the whole, not the subject: the whole's own fact",
    "Fujian accounted for 6 percent of China's total trade, which grew 3 percent to 19 trillion yuan in the first half.",
    [
      { reporter: "region:CN-FJ", sharePct: 6, changePct: null },
      { reporter: "country:CHN", flow: "TOTAL", value: CNY(1.9e13), changePct: 3, sharePct: null },
    ],
    [
      { reporter: "region:CN-FJ", value: CNY(1.9e13) },
      { reporter: "region:CN-FJ", changePct: 3 },
    ],
  ],
  [
    "exports to a partner the gazetteer does not know state no fact",
    "Exports to Freedonia rose 12 percent in the first half.",
    [],
    [{ changePct: 12 }],
  ],
  [
    "several dated figures in one clause pair with their periods; 'import and export' stays whole",
    "Cross-border e-commerce imports and exports reached 1.1 trillion yuan in 2019, and the figure hit 1.4 trillion yuan in 2020.",
    [
      { flow: "TOTAL", period: { start: "2019-01", end: "2019-12" }, value: CNY(1.1e12) },
      { flow: "TOTAL", period: { start: "2020-01", end: "2020-12" }, value: CNY(1.4e12) },
    ],
    [{ flow: "IMPORT" }, { flow: "EXPORT" }],
  ],
  [
    "a 'respectively' list keeps the subjects before it in its clause",
    "In the first half, exports hit 14 billion yuan and imports hit 10 billion yuan, up 16 percent and 42 percent respectively.",
    [
      { flow: "EXPORT", value: CNY(1.4e10), changePct: 16 },
      { flow: "IMPORT", value: CNY(1e10), changePct: 42 },
    ],
    [],
  ],
  [
    "'X% higher than' other goods is no change over time; a contribution is no change",
    "Imports of iron ore rose 4 percent in the first half, contributing 12 percent to import growth, 9 percent higher than copper.",
    [{ commodity: "commodity:iron-ore", flow: "IMPORT", changePct: 4 }],
    [{ changePct: 12 }, { changePct: 9 }],
  ],
  [
    "goods named without a partner go on with the paragraph's partner",
    "In the first half, China imported 50 billion yuan of crude oil from Africa. Meanwhile, imported copper reached 9 billion yuan.",
    [{ partner: "region:africa", commodity: "commodity:copper", flow: "IMPORT", value: CNY(9e9) }],
    [],
  ],
  [
    "the paragraph's segment holds for goods; 'In terms of …' ends it",
    "Private enterprises led the growth. Their exports of furniture rose 11 percent in the first half. In terms of goods, exports of toys rose 7 percent.",
    [
      {
        segment: { dimension: "ENTERPRISE_TYPE", value: "private enterprises" },
        commodity: "commodity:furniture",
        changePct: 11,
      },
      { segment: null, commodity: "commodity:toys", changePct: 7 },
    ],
    [],
  ],
  [
    "a verb reaches percents after 'by' across a period, and a closing comparison is their baseline",
    "Exports of ships and toys have increased in 2020 by 40 percent and 12 percent, respectively, compared to 2015.",
    [
      {
        commodity: "commodity:ships",
        period: { start: "2020-01", end: "2020-12" },
        changePct: 40,
        baseline: { start: "2015-01", end: "2015-12" },
      },
      {
        commodity: "commodity:toys",
        changePct: 12,
        baseline: { start: "2015-01", end: "2015-12" },
      },
    ],
    [{ baseline: null }],
  ],
  [
    "a list of flows as long as the figures pairs with them; 'trade enterprises' are traders",
    "Foreign trade enterprises kept busy in the first half, and imported and exported goods grew by 16 percent and 29 percent, respectively.",
    [
      { flow: "IMPORT", changePct: 16 },
      { flow: "EXPORT", changePct: 29 },
    ],
    [{ flow: "TOTAL" }],
  ],
  [
    "a place after 'in' scopes the partner named before it",
    "France remained China's largest trading partner in Europe, with bilateral trade up 6 percent in the first half.",
    [{ partner: "country:FRA", flow: "TOTAL", changePct: 6 }],
    [{ partner: "region:europe" }],
  ],
  [
    "a sentence about trade with a partner, without figures, gives its paragraph the partner",
    "Trade with Africa kept expanding. Exports reached 600 billion yuan in the first half, up 8 percent.",
    [{ partner: "region:africa", flow: "EXPORT", value: CNY(6e11), changePct: 8 }],
    [],
  ],
  [
    "a segment named in a paragraph is what the next figures are about",
    "General trade remained the main mode. Exports rose 20 percent in the first half.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        flow: "EXPORT",
        changePct: 20,
      },
    ],
    [],
  ],
  [
    "'Therein,' opening a sentence is a part of the fact before",
    "Cross-border e-commerce trade reached 900 billion yuan in the first half.\n\nTherein, exports were 600 billion yuan.",
    [
      {
        segment: { dimension: "CHANNEL", value: "cross-border e-commerce" },
        flow: "EXPORT",
        value: CNY(6e11),
      },
    ],
    [],
  ],
  [
    "the lead's place is the reporter of the report",
    "The foreign trade of Yunnan Province reached 200 billion yuan in the first half.\n\nExports rose 12 percent.",
    [{ reporter: "region:CN-YN", flow: "EXPORT", changePct: 12 }],
    [{ reporter: "country:CHN" }],
  ],
  [
    "a partner holds for the rest of its sentence",
    "Exports to Kenya doubled in the first half, and steel exports reached 2 billion yuan.",
    [{ partner: "country:KEN", commodity: "commodity:steel", flow: "EXPORT", value: CNY(2e9) }],
    [],
  ],
  [
    "a segment's figure with no flow word is its whole trade",
    "Foreign-invested enterprises grew 7 percent in the first half.",
    [
      {
        segment: { dimension: "ENTERPRISE_TYPE", value: "foreign-invested enterprises" },
        flow: "TOTAL",
        changePct: 7,
      },
    ],
    [],
  ],
  [
    "a change 'with' a partner and no flow word is the total trade with it",
    "There was a 12 percent increase with Chile in the first half.",
    [{ partner: "country:CHL", flow: "TOTAL", changePct: 12 }],
    [],
  ],
  [
    "arrivals are imports; a hyphen joins a scale word to its number",
    "Arrivals of iron ore from Brazil rose to 100-million tonnes in the first half.",
    [
      {
        partner: "country:BRA",
        commodity: "commodity:iron-ore",
        flow: "IMPORT",
        quantity: { amount: 1e8, unit: "t" },
      },
    ],
    [],
  ],
  [
    "goods the gazetteer does not know: their figures, and those of the nameless clauses after them, are no one's whole trade",
    "The kelp industry grew 18 percent to 3 billion yuan in the first half, with exports reaching 2 billion yuan, up 20 percent.",
    [],
    [{ changePct: 18 }, { changePct: 20 }, { value: CNY(3e9) }, { value: CNY(2e9) }],
  ],
  [
    "a possessive or a general word before 'goods' names no particular goods",
    "China's goods trade rose 5 percent in the first half, and exports of all products rose 6 percent.",
    [
      { flow: "TOTAL", changePct: 5, commodity: null },
      { flow: "EXPORT", changePct: 6, commodity: null },
    ],
    [],
  ],
  [
    "'imports from and exports to' a partner is the total trade with it",
    "Imports from and exports to Peru reached 40 billion yuan in the first half, up 8 percent.",
    [{ partner: "country:PER", flow: "TOTAL", value: CNY(4e10), changePct: 8 }],
    [{ flow: "IMPORT" }, { flow: "EXPORT" }],
  ],
  [
    "'that number' refers to the topic of the sentence before, though it stated no figure",
    "Our trade with Peru kept growing in the first half. That number reached 40 billion yuan, up 8 percent.",
    [{ partner: "country:PER", flow: "TOTAL", value: CNY(4e10), changePct: 8 }],
    [{ partner: null }],
  ],
  [
    "a capitalised name after 'to the' that is no place: the partner is unknown, no fact",
    "Exports to the Silk Road Fund members reached 40 billion yuan in the first half.",
    [],
    [{ value: CNY(4e10) }],
  ],
  [
    "'imported and exported' is the total; two figures after a joined term pair with its two flows",
    "In the first half, the province imported and exported 30 billion yuan. The amount of imported and exported goods rose 4 percent and 6 percent, respectively.",
    [
      { flow: "TOTAL", value: CNY(3e10) },
      { flow: "IMPORT", changePct: 4 },
      { flow: "EXPORT", changePct: 6 },
    ],
    [{ flow: "TOTAL", changePct: 4 }],
  ],
  [
    "a growth rate named before a flow is not what changed: the flow's figures are trade",
    "In the first half, state-owned enterprises saw a steady growth rate, as imports and exports rose 6.2 percent to 900 billion yuan, accounting for more than half of the total.",
    [
      {
        segment: { dimension: "ENTERPRISE_TYPE", value: "state-owned enterprises" },
        flow: "TOTAL",
        value: CNY(9e11),
        changePct: 6.2,
        sharePct: 50,
      },
    ],
    [{ changePct: 50 }],
  ],
  [
    "'trade balance' is the balance, not the total; a percent written as a word is a figure",
    "The trade balance showed a surplus of 20 billion yuan in June, widening by eleven percent.",
    [{ flow: "BALANCE", period: JUNE, value: CNY(2e10), changePct: 11 }],
    [{ flow: "TOTAL" }],
  ],
  [
    "one period written several ways ('the first five months (Jan-May) of this year') is one period",
    "For the first five months (Jan-May) of this year, exports reached 900 billion yuan, up 4 percent.",
    [
      {
        flow: "EXPORT",
        period: { start: "2021-01", end: "2021-05" },
        value: CNY(9e11),
        changePct: 4,
      },
    ],
    [],
  ],
  [
    "a breakdown named after 'in the mode of' that the table does not know is a trade mode of its own, never the whole",
    "In the first half, in the mode of frontier barter, exports reached 2 billion yuan, up 3 percent.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "frontier barter" },
        flow: "EXPORT",
        value: CNY(2e9),
        changePct: 3,
      },
    ],
    [{ segment: null }],
  ],
  [
    "a known breakdown after 'in the mode of' is the fact's segment",
    "In the first half, in the mode of processing trade, exports reached 2 billion yuan.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "processing trade" },
        flow: "EXPORT",
        value: CNY(2e9),
      },
    ],
    [{ segment: null }],
  ],
  [
    "a sentence comparing several reporters leaves none of them the topic; a flow word inside a breakdown's name is no flow",
    "China's exports rose 6 percent in the first half. Exports of Hainan rose 10 percent and exports of Fujian rose 8 percent. In the same period, exports of general trade grew 5 percent.",
    [
      {
        reporter: "country:CHN",
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        flow: "EXPORT",
        changePct: 5,
      },
    ],
    [{ reporter: "region:CN-FJ", changePct: 5 }, { flow: "TOTAL" }],
  ],
  [
    "two years pair with two values; 'in the year' after a named year is that year, not another period",
    "Exports and imports of cross-border e-commerce reached 800 billion yuan in 2019, up 20 percent, and the figure hit 950 billion yuan in 2020, up 18 percent in the year.",
    [
      { flow: "TOTAL", period: { start: "2019-01", end: "2019-12" }, value: CNY(8e11) },
      {
        flow: "TOTAL",
        period: { start: "2020-01", end: "2020-12" },
        value: CNY(9.5e11),
        changePct: 18,
      },
    ],
    [{ flow: "IMPORT" }, { flow: "EXPORT" }, { period: { start: "2021-01", end: "2021-12" } }],
  ],
  [
    "'the first three quarters … X, Y and Z respectively' deals the values out quarter by quarter",
    "Exports in the first three quarters of 2021 were 10 billion yuan, 12 billion yuan and 15 billion yuan respectively.",
    [
      { flow: "EXPORT", period: { start: "2021-01", end: "2021-03" }, value: CNY(1e10) },
      { flow: "EXPORT", period: { start: "2021-04", end: "2021-06" }, value: CNY(1.2e10) },
      { flow: "EXPORT", period: { start: "2021-07", end: "2021-09" }, value: CNY(1.5e10) },
    ],
    [{ period: { start: "2021-01", end: "2021-09" } }],
  ],
  [
    "a 'respectively' list over as many partners pairs with them, not with the period's quarters",
    "In the first three quarters of 2020, imports from Peru, Chile and Kenya fell 4.1 percent, 2.5 percent and 9 percent, respectively.",
    [
      { partner: "country:PER", flow: "IMPORT", period: Q1_Q3, changePct: -4.1 },
      { partner: "country:CHL", flow: "IMPORT", period: Q1_Q3, changePct: -2.5 },
      { partner: "country:KEN", flow: "IMPORT", period: Q1_Q3, changePct: -9 },
    ],
    [
      { period: { start: "2020-01", end: "2020-03" } },
      { period: { start: "2020-07", end: "2020-09" } },
    ],
  ],
  [
    "a 'respectively' list over as many goods pairs with them, not with the period's quarters",
    "Exports of toys and furniture grew 11 percent and 6.5 percent, respectively, in the first three quarters of 2020.",
    [
      { commodity: "commodity:toys", flow: "EXPORT", period: Q1_Q3, changePct: 11 },
      { commodity: "commodity:furniture", flow: "EXPORT", period: Q1_Q3, changePct: 6.5 },
    ],
    [
      { period: { start: "2020-01", end: "2020-03" } },
      { period: { start: "2020-04", end: "2020-06" } },
    ],
  ],
  [
    "'its' opening a clause names the place named before, even in a sentence without figures",
    "China's exports rose 6 percent in the first half. Fujian remained a leading trader in the region. Its total trade hit 900 billion yuan in the first half.",
    [{ reporter: "region:CN-FJ", flow: "TOTAL", value: CNY(9e11) }],
    [{ reporter: "country:CHN", value: CNY(9e11) }],
  ],
  [
    "'its' inside a clause is no anaphor for the reporter",
    "China's exports rose 6 percent in the first half. Fujian remained a leading trader. Exports to Peru and its neighbours reached 20 billion yuan in the first half.",
    [],
    [{ reporter: "region:CN-FJ", value: CNY(2e10) }],
  ],
  [
    "a change from a named year measures the year after; extra changes against their own periods are facts of their own",
    "Coal purchases from Peru rose 20 percent from 2019 to 3 million tonnes, and in December they reached 300,000 tonnes, rising 5 percent from a year ago and 2 percent from November.",
    [
      {
        partner: "country:PER",
        commodity: "commodity:coal",
        period: { start: "2020-01", end: "2020-12" },
        quantity: { amount: 3e6, unit: "t" },
        changePct: 20,
        baseline: null,
      },
      {
        partner: "country:PER",
        period: { start: "2020-12", end: "2020-12" },
        quantity: { amount: 3e5, unit: "t" },
        changePct: 5,
        baseline: null,
      },
      {
        partner: "country:PER",
        commodity: "commodity:coal",
        period: { start: "2020-12", end: "2020-12" },
        changePct: 2,
        baseline: { start: "2020-11", end: "2020-11" },
      },
    ],
    [{ period: { start: "2020-11", end: "2020-11" } }],
  ],
  [
    "a clause that names nothing keeps the goods of the clause before",
    "In December, imports of coal from Peru fell 3 percent to 200,000 tonnes, but rose 4 percent from November.",
    [
      {
        commodity: "commodity:coal",
        partner: "country:PER",
        changePct: 4,
        baseline: { start: "2020-11", end: "2020-11" },
      },
    ],
    [{ commodity: null }],
  ],
  [
    "'from X in one year to Y in another': both values are facts of their years, the change is the later one's",
    "Trade with Chile grew from 100 billion yuan in 2015 to 250 billion yuan in 2020, an increase of 150 percent.",
    [
      {
        partner: "country:CHL",
        period: { start: "2015-01", end: "2015-12" },
        value: CNY(1e11),
        changePct: null,
      },
      { partner: "country:CHL", period: { start: "2020-01", end: "2020-12" }, value: CNY(2.5e11) },
      {
        partner: "country:CHL",
        period: { start: "2020-01", end: "2020-12" },
        changePct: 150,
        baseline: { start: "2015-01", end: "2015-12" },
      },
    ],
    [{ period: { start: "2015-01", end: "2015-12" }, value: CNY(2.5e11) }],
  ],
  [
    "'the five countries' refers to the partner named before",
    "China's trade with ASEAN rose 8 percent in the first half. Imports of fruit from the five countries reached 3 billion yuan in the first half.",
    [{ partner: "region:asean", commodity: "commodity:fruits", flow: "IMPORT", value: CNY(3e9) }],
    [{ partner: null, value: CNY(3e9) }],
  ],
  [
    "'to X from Y in 2019': the later value takes the sentence's period, the dated one is its year's",
    "In 2020, exports to Peru grew 9 percent, expanding the surplus to a record 40 billion yuan from 30 billion yuan in 2019.",
    [
      { flow: "BALANCE", period: { start: "2020-01", end: "2020-12" }, value: CNY(4e10) },
      { flow: "BALANCE", period: { start: "2019-01", end: "2019-12" }, value: CNY(3e10) },
    ],
    [{ flow: "BALANCE", period: { start: "2019-01", end: "2019-12" }, value: CNY(4e10) }],
  ],
  [
    "'for the year' is the year the paragraph named, not the document's",
    "In 2019, Chile bought more of our steel, and exports of steel rose 5 percent. Purchases of iron ore for the year fell 2 percent.",
    [
      {
        commodity: "commodity:iron-ore",
        flow: "IMPORT",
        period: { start: "2019-01", end: "2019-12" },
        changePct: -2,
      },
    ],
    [{ period: { start: "2021-01", end: "2021-12" } }],
  ],
  [
    "money 'in tax' after the figure is no trade value, nor is what a nameless clause adds after it",
    "In the first half, customs collected 80 billion yuan (about 12 billion U.S. dollars) in tax, and handled 500 cases, with a value of 3 billion yuan.",
    [],
    [{ value: CNY(8e10) }, { value: CNY(3e9) }],
  ],
  [
    "an amount after 'by' is how much trade grew, not its value",
    "In the first half, exports increased by over 200 billion yuan, up 9 percent.",
    [{ flow: "EXPORT", changePct: 9, value: null }],
    [{ value: CNY(2e11) }],
  ],
  [
    "a cumulative figure is never one year's",
    "Cumulative imports of chips surpassed 9 trillion yuan in 2020.",
    [],
    [{ value: CNY(9e12) }],
  ],
  [
    "'accumulated' as a verb is the period's own total",
    "In the first half, private firms accumulated 2 trillion yuan in imports and exports, up 12 percent.",
    [{ flow: "TOTAL", value: CNY(2e12), changePct: 12 }],
    [],
  ],
  [
    "a percent or fraction followed by 'of' a whole is a share",
    "In 2020, Fujian created more than one-third of the country's exports. Hainan made nearly 40% of China's imports in 2020.",
    [
      { reporter: "region:CN-FJ", flow: "EXPORT", sharePct: 33.3 },
      { reporter: "region:CN-HI", flow: "IMPORT", sharePct: 40 },
    ],
    [{ changePct: 40 }, { changePct: 33.3 }],
  ],
  [
    "'contributed N% to' the trade of a whole is a share; to its growth, no fact",
    "In 2020, Fujian's exports contributed 12 percent to the country's exports. Its imports of steel reached 3 billion yuan in 2020, contributing 40 percent to the province's import growth.",
    [{ reporter: "region:CN-FJ", flow: "EXPORT", sharePct: 12 }],
    [{ sharePct: 40 }, { changePct: 40 }],
  ],
  [
    "a percent 'of' a whole that is no trade is no share",
    "In 2020, the zones imported 4 billion yuan of steel while occupying 0.5% of the national land area.",
    [],
    [{ sharePct: 0.5 }],
  ],
  [
    "'increased from 2015 to 19% in 2020': the year after 'from' is no period measured; 'these zones' are the zones named before",
    "In 2020, trade of comprehensive bonded zones rose 5 percent. The share of trade through these zones has increased from 2015 to 19% in 2020.",
    [
      {
        reporter: "zone:comprehensive-bonded-zones",
        period: { start: "2020-01", end: "2020-12" },
        sharePct: 19,
      },
    ],
    [{ period: { start: "2015-01", end: "2015-12" } }],
  ],
  [
    "'They' takes up a breakdown named in a sentence without figures; ', to the total' goes on with its verb",
    "Private enterprises stayed the backbone of foreign trade. In the first half, they contributed 900 billion yuan, or 55%, to China's foreign trade.",
    [
      {
        reporter: "country:CHN",
        segment: { dimension: "ENTERPRISE_TYPE", value: "private enterprises" },
        flow: "TOTAL",
        value: CNY(9e11),
        sharePct: 55,
      },
    ],
    [{ segment: null, sharePct: 55 }],
  ],
  [
    "a count named in a sentence without figures is no topic for 'that number'",
    "The number of private enterprises with foreign trade kept growing. In the first half, that number rose by 3,000, and 80% of the total enterprises set records.",
    [],
    [{ sharePct: 80 }, { changePct: 80 }],
  ],
  [
    "'the growth of X in the first and second quarter was A% and B%, respectively': a change per quarter",
    "The growth of China's trade with Chile in the first and second quarter of 2020 was -3.5% and 2.2%, respectively.",
    [
      { partner: "country:CHL", period: { start: "2020-01", end: "2020-03" }, changePct: -3.5 },
      { partner: "country:CHL", period: { start: "2020-04", end: "2020-06" }, changePct: 2.2 },
    ],
    [{ sharePct: 2.2 }],
  ],
  [
    "'trade' said in passing yields to the one direction the clause names",
    "In terms of trade modes, general trade and processing trade exports rose 6% and 9% respectively in the first half.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        flow: "EXPORT",
        changePct: 6,
      },
      {
        segment: { dimension: "TRADE_MODE", value: "processing trade" },
        flow: "EXPORT",
        changePct: 9,
      },
    ],
    [{ flow: "TOTAL" }],
  ],
  [
    "equipment the gazetteer does not know is no one's whole trade",
    "In the first half, imported textile equipment rose 1.6%.",
    [],
    [{ commodity: null, changePct: 1.6 }],
  ],
  [
    "names after 'represented by' or 'such as' are examples of the goods before, and a nameless clause keeps those goods",
    "In the first half, agricultural trade, represented by soybeans and fruits, grew 12 percent, with imports reaching 3 billion yuan, up 9 percent.",
    [
      {
        commodity: "commodity:agricultural-products",
        flow: "IMPORT",
        value: CNY(3e9),
        changePct: 9,
      },
    ],
    [{ commodity: null }, { commodity: "commodity:soybeans" }, { commodity: "commodity:fruits" }],
  ],
  [
    "trade and FDI named together with their shares: the clause speaks of investment too, no fact",
    "In the first half, trade and FDI of the new zones accounted for 12% and 9% of the national totals.",
    [],
    [{ sharePct: 12 }, { sharePct: 9 }],
  ],
  [
    "an unknown word opening the subject before the flow noun names goods: no whole-trade fact",
    "Walnut exports totaled 2 billion yuan in the first half, down 4 percent.",
    [],
    [{ value: CNY(2e9) }, { changePct: -4 }],
  ],
  [
    "general words before the flow noun name no goods",
    "Total exports reached 2 trillion yuan in the first half. Annual imports rose 3 percent in 2020.",
    [
      { flow: "EXPORT", commodity: null, value: CNY(2e12) },
      { flow: "IMPORT", commodity: null, changePct: 3 },
    ],
    [],
  ],
];

describe("clause frames and discourse", () => {
  it.each(TABLE)("%s", (_, text, wants, absents) => {
    const facts = extractSentence(text).tradeFacts;
    for (const want of wants)
      expect(
        hasFact(facts, want),
        `wanted ${JSON.stringify(want)}\ngot:\n${describeFacts(facts)}`,
      ).toBe(true);
    for (const absent of absents)
      expect(
        hasFact(facts, absent),
        `unwanted ${JSON.stringify(absent)}\ngot:\n${describeFacts(facts)}`,
      ).toBe(false);
  });
});
