import { describe, expect, it } from "vitest";
import type { TradeFact } from "../../src/core/contract.js";
import { describeFacts, extractSentence, hasFact } from "./helpers.js";

const H1 = { start: "2021-01", end: "2021-06" };
type Want = Partial<TradeFact>;

const cases: Array<[string, Want[]]> = [
  [
    "China's total foreign trade expanded 27.1% year on year to 18.07 trillion yuan (about $2.79 trillion) in the first half of the year.",
    [
      {
        reporter: "country:CHN",
        partner: null,
        flow: "TOTAL",
        period: H1,
        value: { amount: 18070000000000, currency: "CNY" },
        changePct: 27.1,
      },
    ],
  ],
  [
    "In the first half of the year, China's trade with the Association of Southeast Asian Nations, the European Union, and the United States, stood at 2.66 trillion, 2.52 trillion, and 2.21 trillion yuan, up 27.8%, 26.7%, and 34.6% respectively.",
    [
      {
        partner: "region:asean",
        value: { amount: 2660000000000, currency: "CNY" },
        changePct: 27.8,
      },
      {
        partner: "region:european-union",
        value: { amount: 2520000000000, currency: "CNY" },
        changePct: 26.7,
      },
      {
        partner: "country:USA",
        value: { amount: 2210000000000, currency: "CNY" },
        changePct: 34.6,
      },
    ],
  ],
  [
    // a relative clause that carries the trade's figure is part of the fact, not an aside
    "In the first half of the year, trade with ASEAN, which reached 3.1 trillion yuan, rose 5.2%.",
    [
      {
        partner: "region:asean",
        flow: "TOTAL",
        period: H1,
        value: { amount: 3100000000000, currency: "CNY" },
        changePct: 5.2,
      },
    ],
  ],
  [
    // a count of goods before the product's name is a quantity in units
    "In the first half of the year, China exported 1.2 billion mobile phones, down 3.1%, worth $60.2 billion.",
    [
      {
        commodity: "commodity:mobile-phones",
        flow: "EXPORT",
        period: H1,
        value: { amount: 60200000000, currency: "USD" },
        quantity: { amount: 1200000000, unit: "units" },
        changePct: -3.1,
      },
    ],
  ],
  [
    "Imports from the U.S. reached 570.65 billion yuan in the first half of this year, up 43.9%.",
    [
      {
        partner: "country:USA",
        flow: "IMPORT",
        period: H1,
        value: { amount: 570650000000, currency: "CNY" },
        changePct: 43.9,
      },
    ],
  ],
  [
    "In the first half of the year, China imported 561 million tons of iron ore, up 2.6%; 59.82 million tons of natural gas, up 23.8%.",
    [
      {
        commodity: "commodity:iron-ore",
        flow: "IMPORT",
        quantity: { amount: 561000000, unit: "t" },
        changePct: 2.6,
      },
      {
        commodity: "commodity:natural-gas",
        flow: "IMPORT",
        quantity: { amount: 59820000, unit: "t" },
        changePct: 23.8,
      },
    ],
  ],
  [
    "In the first half of the year, the average price of crude oil imports stood at 2,888.5 yuan per tonne, up by 20.5% year-on-year.",
    [
      {
        commodity: "commodity:crude-oil",
        flow: "IMPORT",
        price: { amount: 2888.5, currency: "CNY", per: "t" },
        changePct: 20.5,
      },
    ],
  ],
  [
    "During the first half of the year, imports of crude oil stood at 261 million tons, down by 3%.",
    [{ commodity: "commodity:crude-oil", changePct: -3 }],
  ],
  [
    "Compared with the same period in 2019, foreign trade, exports and imports increased by 22.8%, 23.8%, and 21.7% respectively in the first half of the year.",
    [
      { flow: "TOTAL", changePct: 22.8, baseline: { start: "2019-01", end: "2019-06" } },
      { flow: "EXPORT", changePct: 23.8, baseline: { start: "2019-01", end: "2019-06" } },
      { flow: "IMPORT", changePct: 21.7, baseline: { start: "2019-01", end: "2019-06" } },
    ],
  ],
  [
    "In June, the country's imports and exports went up 22% year on year to 3.29 trillion yuan.",
    [
      {
        flow: "TOTAL",
        period: { start: "2021-06", end: "2021-06" },
        value: { amount: 3290000000000, currency: "CNY" },
        changePct: 22,
      },
    ],
  ],
  [
    "In the first half of the year, China's general trade stood at 11.19 trillion yuan, an increase of 30.7%, accounting for 61.9% of the country's total foreign trade value.",
    [
      {
        segment: { dimension: "TRADE_MODE", value: "general trade" },
        changePct: 30.7,
        sharePct: 61.9,
      },
    ],
  ],
  [
    "China's cross-border e-commerce imports and exports in 2019 increased 1.2 times compared with 2015.",
    [
      {
        segment: { dimension: "CHANNEL", value: "cross-border e-commerce" },
        period: { start: "2019-01", end: "2019-12" },
        changePct: 120,
        baseline: { start: "2015-01", end: "2015-12" },
      },
    ],
  ],
  [
    "In the first half of the year, imports and exports from comprehensive bonded zones increased by 29.1%.",
    [{ reporter: "zone:comprehensive-bonded-zones", flow: "TOTAL", changePct: 29.1 }],
  ],
  [
    "In 2020, the trade surplus was 3.7 trillion yuan.",
    [
      {
        flow: "BALANCE",
        period: { start: "2020-01", end: "2020-12" },
        value: { amount: 3700000000000, currency: "CNY" },
      },
    ],
  ],
  [
    // a list of changes mixing "N times" and "N percent" items is dealt out item by item
    "In the first half of the year, exports of electric vehicles, lithium-ion batteries and solar cells surged 1.5 times, 38.6 percent and 27.9 percent respectively.",
    [
      { commodity: "commodity:electric-vehicles", flow: "EXPORT", period: H1, changePct: 150 },
      { commodity: "commodity:lithium-ion-batteries", flow: "EXPORT", changePct: 38.6 },
      { commodity: "commodity:solar-cells", flow: "EXPORT", changePct: 27.9 },
    ],
  ],
  [
    "In the first half of the year, exports of electric vehicles and solar cells rose 12.5 per cent and 2 times respectively.",
    [
      { commodity: "commodity:electric-vehicles", flow: "EXPORT", changePct: 12.5 },
      { commodity: "commodity:solar-cells", flow: "EXPORT", changePct: 200 },
    ],
  ],
  [
    "In the first half of the year, exports rose 0.4 percent to 1.9 trillion yuan, while imports fell 0.6 per cent year-on-year to 1.4 trillion yuan, resulting in a trade surplus of 0.5 trillion yuan.",
    [
      { flow: "EXPORT", value: { amount: 1900000000000, currency: "CNY" }, changePct: 0.4 },
      { flow: "IMPORT", value: { amount: 1400000000000, currency: "CNY" }, changePct: -0.6 },
      { flow: "BALANCE", value: { amount: 500000000000, currency: "CNY" }, changePct: null },
    ],
  ],
  [
    "BEIJING -- Private enterprises saw their imports and exports grow 6.1 percent to 18.3 trillion yuan in the first half of the year.",
    [
      {
        reporter: "country:CHN",
        segment: { dimension: "ENTERPRISE_TYPE", value: "private enterprises" },
        flow: "TOTAL",
        value: { amount: 18300000000000, currency: "CNY" },
        changePct: 6.1,
      },
    ],
  ],
  [
    "In the first half of the year, Germany remained China's biggest trading partner in Europe, with bilateral trade of 440 billion yuan, down 1.5 per cent.",
    [{ partner: "country:DEU", flow: "TOTAL", changePct: -1.5 }],
  ],
  // "trade between X and Y" with currency words; "U.S. dollars" names no partner
  [
    "Trade between China and Africa reached a record 282.1 billion U.S. dollars in 2020, up 1.5 percent year on year.",
    [
      {
        partner: "region:africa",
        flow: "TOTAL",
        period: { start: "2020-01", end: "2020-12" },
        value: { amount: 282100000000, currency: "USD" },
        changePct: 1.5,
      },
    ],
  ],
  [
    "In 2020, China's exports to Brazil stood at US$59 billion, an increase of 4.2 percent.",
    [
      {
        partner: "country:BRA",
        flow: "EXPORT",
        value: { amount: 59000000000, currency: "USD" },
        changePct: 4.2,
      },
    ],
  ],
  // a share that rose some percentage points to a level: the level is sharePct, no changePct
  [
    "In the first half of the year, the share of private enterprises in China-ASEAN trade rose 1.8 percentage points to 55.2 percent.",
    [
      {
        partner: "region:asean",
        segment: { dimension: "ENTERPRISE_TYPE", value: "private enterprises" },
        sharePct: 55.2,
        changePct: null,
      },
    ],
  ],
  // a basis word the rules left beside its change: the month-on-month change has the month
  // before as baseline and no value; the year-on-year one keeps the quantity
  [
    "Exports of steel totaled 6.3 million tonnes in June, an increase of 4.6 percent month on month and 21.2 percent year on year.",
    [
      {
        commodity: "commodity:steel",
        period: { start: "2021-06", end: "2021-06" },
        quantity: { amount: 6300000, unit: "t" },
        changePct: 21.2,
        baseline: null,
      },
      {
        commodity: "commodity:steel",
        period: { start: "2021-06", end: "2021-06" },
        quantity: null,
        changePct: 4.6,
        baseline: { start: "2021-05", end: "2021-05" },
      },
    ],
  ],
  [
    "The value of imports in June was 1.5 trillion yuan, a year-on-year increase of 36.7 percent and a month-on-month decrease of 2.1 percent.",
    [
      {
        flow: "IMPORT",
        value: { amount: 1500000000000, currency: "CNY" },
        changePct: 36.7,
        baseline: null,
      },
      {
        flow: "IMPORT",
        value: null,
        changePct: -2.1,
        baseline: { start: "2021-05", end: "2021-05" },
      },
    ],
  ],
  // "the previous month", "a month earlier": the month before, spelled out
  [
    "Imports of consumer goods in June rose 3.4 percent from the previous month.",
    [{ flow: "IMPORT", changePct: 3.4, baseline: { start: "2021-05", end: "2021-05" } }],
  ],
  [
    "In June, exports fell 1.2 percent compared with a month earlier.",
    [{ flow: "EXPORT", changePct: -1.2, baseline: { start: "2021-05", end: "2021-05" } }],
  ],
  [
    "In June, exports were 2.3 percent higher than in the preceding month.",
    [{ flow: "EXPORT", changePct: 2.3, baseline: { start: "2021-05", end: "2021-05" } }],
  ],
  [
    "In June, imports rose 9.1 percent from the same month last year.",
    [{ flow: "IMPORT", changePct: 9.1, baseline: null }],
  ],
  // an amount after "compared with" is the period compared with's, not a second value: a fact
  // of that period ("a year earlier": the same months a year before)
  [
    "In 2020, China bought 14.2 billion dollars' worth of pork from Spain, compared with 9.8 billion dollars a year earlier.",
    [
      {
        partner: "country:ESP",
        flow: "IMPORT",
        period: { start: "2020-01", end: "2020-12" },
        value: { amount: 14200000000, currency: "USD" },
      },
      {
        partner: "country:ESP",
        flow: "IMPORT",
        period: { start: "2019-01", end: "2019-12" },
        value: { amount: 9800000000, currency: "USD" },
      },
    ],
  ],
  [
    "In the first half of the year, China imported 48.9 million tonnes of soybeans, compared with 46 million tonnes in the same period last year.",
    [
      {
        commodity: "commodity:soybeans",
        flow: "IMPORT",
        period: H1,
        quantity: { amount: 48900000, unit: "t" },
      },
      {
        commodity: "commodity:soybeans",
        flow: "IMPORT",
        period: { start: "2020-01", end: "2020-06" },
        quantity: { amount: 46000000, unit: "t" },
      },
    ],
  ],
  // an amount after "compared with" that another subject owns is no fact of either
  [
    "In 2020, exports reached 10 billion yuan, compared with imports of 8 billion yuan in 2019.",
    [
      {
        flow: "EXPORT",
        period: { start: "2020-01", end: "2020-12" },
        value: { amount: 10000000000, currency: "CNY" },
      },
    ],
  ],
  // an amount followed by "a year earlier" is the earlier year's, even without "compared with"
  [
    "In June, exports rose to 1.9 trillion yuan from 1.6 trillion yuan a year ago.",
    [
      {
        flow: "EXPORT",
        period: { start: "2021-06", end: "2021-06" },
        value: { amount: 1900000000000, currency: "CNY" },
      },
      {
        flow: "EXPORT",
        period: { start: "2020-06", end: "2020-06" },
        value: { amount: 1600000000000, currency: "CNY" },
      },
    ],
  ],
  // a change after "compared with" is the change of the period compared with
  [
    "In the first half of the year, imports grew 36 percent, compared with a 3.3 percent drop in 2020.",
    [
      { flow: "IMPORT", period: H1, changePct: 36 },
      { flow: "IMPORT", period: { start: "2020-01", end: "2020-12" }, changePct: -3.3 },
    ],
  ],
  // "trade in goods" is trade: goods are no unknown object
  [
    "In the first half of the year, trade in goods reached 18.07 trillion yuan.",
    [{ flow: "TOTAL", period: H1, value: { amount: 18070000000000, currency: "CNY" } }],
  ],
  // a partner's share "of the total" after goods: the partner's part of those goods
  [
    "In the first half of the year, imports of iron ore reached 561 million tonnes, with Australia supplying 61 percent of the total.",
    [
      {
        partner: null,
        commodity: "commodity:iron-ore",
        quantity: { amount: 561000000, unit: "t" },
      },
      { partner: "country:AUS", commodity: "commodity:iron-ore", flow: "IMPORT", sharePct: 61 },
    ],
  ],
  // "shipped" takes its direction from the preposition after it, like "shipments"; "shipped
  // abroad" goes out
  [
    "Goods worth 1.1 trillion yuan were shipped to Africa in the first half of the year, up 4.2 percent.",
    [{ partner: "region:africa", flow: "EXPORT", period: H1, changePct: 4.2 }],
  ],
  [
    "Soybeans shipped from Brazil totaled 30 million tonnes in the first half of the year.",
    [
      {
        partner: "country:BRA",
        commodity: "commodity:soybeans",
        flow: "IMPORT",
        period: H1,
        quantity: { amount: 30000000, unit: "t" },
      },
    ],
  ],
  [
    "In the first half of the year, 12 million tonnes of steel were shipped abroad, up 9 percent.",
    [
      {
        commodity: "commodity:steel",
        flow: "EXPORT",
        period: H1,
        quantity: { amount: 12000000, unit: "t" },
        changePct: 9,
      },
    ],
  ],
  // a counted group with "bilateral" after it is the partner side, named before
  [
    "China and Peru held talks in Lima. In the first half of the year, the two countries saw bilateral trade rise 9 percent.",
    [{ partner: "country:PER", flow: "TOTAL", period: H1, changePct: 9 }],
  ],
  // a change set before the subject is an aside: the reporter named after it is the subject's
  [
    "Down 3 percent year on year, Shenzhen's exports totaled 900 billion yuan in the first half of the year.",
    [
      {
        reporter: "region:shenzhen",
        flow: "EXPORT",
        period: H1,
        value: { amount: 900000000000, currency: "CNY" },
        changePct: -3,
      },
    ],
  ],
  // an origin the gazetteer names ("Chinese") is no unknown origin
  [
    "In the first half of the year, Chinese soybean imports rose 5 percent.",
    [{ commodity: "commodity:soybeans", flow: "IMPORT", period: H1, changePct: 5 }],
  ],
  // a counted group after a preposition is the partner side, named by the sentence before
  [
    "China and Peru signed a new deal. In the first half of the year, trade between the two countries reached 20 billion yuan.",
    [
      {
        partner: "country:PER",
        flow: "TOTAL",
        period: H1,
        value: { amount: 20000000000, currency: "CNY" },
      },
    ],
  ],
  // a comparison with what was expected, or expectations beaten, keeps the figure
  [
    "Exports rose 5 percent in 2020, more than expected.",
    [
      {
        reporter: "country:CHN",
        flow: "EXPORT",
        period: { start: "2020-01", end: "2020-12" },
        changePct: 5,
      },
    ],
  ],
  [
    "China's exports beat expectations in 2020, rising 8 percent.",
    [
      {
        reporter: "country:CHN",
        flow: "EXPORT",
        period: { start: "2020-01", end: "2020-12" },
        changePct: 8,
      },
    ],
  ],
];

/**
 * Phrasings the layers do not read yet, kept as failing expectations (it.fails) so that the
 * day one starts to pass, the test says so and the case moves up into `cases`:
 * an elliptical coordination of goods ("agricultural and electromechanical products") needs the
 * entity layer to complete the first name; "since 2012 … cumulative" needs a period that runs
 * from a year to the document's date.
 */
const knownLimits: Array<[string, Want[]]> = [
  [
    "In 2020, imports of agricultural and electromechanical products from the least developed countries doubled from 2012.",
    [
      {
        partner: "region:least-developed-countries",
        commodity: "commodity:agricultural-products",
        changePct: 100,
      },
      {
        partner: "region:least-developed-countries",
        commodity: "commodity:electromechanical-products",
        changePct: 100,
      },
    ],
  ],
  // "the previous year" after a comparison is read against the document's date, not the
  // clause's year: it lands on 2020 here (then both changes of the one key are dropped)
  [
    "In 2020, exports grew 3.6 percent, compared with a decline of 0.5 percent in the previous year.",
    [
      { flow: "EXPORT", period: { start: "2020-01", end: "2020-12" }, changePct: 3.6 },
      { flow: "EXPORT", period: { start: "2019-01", end: "2019-12" }, changePct: -0.5 },
    ],
  ],
  // a demonym before goods names their origin: "Chilean cherries" are imports from Chile
  [
    "In the first half of the year, China's imports of Chilean cherries rose 20 percent.",
    [{ partner: "country:CHL", commodity: "commodity:cherries", flow: "IMPORT", changePct: 20 }],
  ],
  [
    "Since 2012, China's cumulative imports surpassed 150 trillion yuan.",
    [
      {
        flow: "IMPORT",
        period: { start: "2012-01", end: "2020-12" },
        value: { amount: 150000000000000, currency: "CNY" },
      },
    ],
  ],
];

describe("trade facts from single sentences", () => {
  it.each(cases)("%s", (sentence, wants) => {
    const doc = extractSentence(sentence);
    for (const want of wants) {
      expect(
        hasFact(doc.tradeFacts, want),
        `wanted ${JSON.stringify(want)}\ngot:\n${describeFacts(doc.tradeFacts)}`,
      ).toBe(true);
    }
    expect(doc.tradeFacts.length).toBe(wants.length);
  });

  it.fails.each(knownLimits)("not yet: %s", (sentence, wants) => {
    const doc = extractSentence(sentence);
    for (const want of wants) expect(hasFact(doc.tradeFacts, want)).toBe(true);
  });

  it.each([
    "In the first half of the year, customs authorities nationwide filed and investigated over 3,000 cases of smuggling, with a value in excess of 54 billion yuan.",
    "Customs collected 1.05 trillion yuan (about $145.3 billion) in tax in the first half of the year.",
    "In April, the IMF raised its global growth forecast for 2021 to 6%.",
    "The weather was fine and the press conference started on time.",
    // another economy's flow with China as its counterpart
    "U.S. imports from China dropped 12 percent last year, according to American data.",
    "EU exports to China fell 3.1 percent in the first half of the year.",
    // a count of traders: its figures are the count's or some firms', not a trade fact
    "In the first half of the year, a total of 8,500 companies registered for cross-border e-commerce exports, up 12 percent.",
    "In the first half of the year, 530,000 foreign trade enterprises had import and export records, up 5 percent.",
    "In the first half of the year, 300 private firms exported goods worth 2 billion yuan.",
    // trade in something that is no goods ("services") or that no list names
    "In the first half of the year, trade in services reached 2.4 trillion yuan, up 6.7 percent.",
    "In the first half of the year, trade in technology rose 9 percent.",
    // a rate per day or per year is not the amount of a period
    "In June, crude oil imports averaged 10.2 million barrels per day.",
    "In the first half of the year, iron ore imports ran at 1.1 billion tonnes a year.",
    // a plan or an aim is a forecast ("plan", "aim" are forecast words of the lexicon)
    "The province plans to increase exports by 5 percent in 2021 and will hold 30 trade fairs.",
    "The city aims to raise its imports of machinery by 8 percent in 2022.",
    // goods of an origin no list names as a place: not the goods' whole trade
    "In the first half of the year, imports of Brazilian coffee rose 15 percent.",
    "In the first half of the year, China's imports of Danish pork fell to 90,000 tonnes.",
    // a group counted, not named, as the subject: its share is no single partner's
    "In the first half of the year, the three markets together took 46 percent of China's exports.",
    "In the first half of the year, the two regions accounted for 30 percent of China's imports.",
    "In the first half of the year, the top five partners together took 52 percent of the city's exports.",
    // the goods a tariff covers are no trade figure
    "In 2018, China imposed 10 percent tariffs on 60 billion dollars of U.S. goods.",
    "In 2019, the country levied duties on about 5 billion yuan of imported steel.",
    // "bilateral" with no partner named before it: no one's trade we can name
    "In the first half of the year, bilateral trade reached 40 billion yuan, up 6 percent.",
    // cargo and port throughput are transport, not trade, even of "foreign trade cargo"
    "In the first half of the year, cargo throughput at the province's ports reached 800 million tonnes, of which foreign trade cargo accounted for 31 percent.",
    "Foreign trade cargo handled at the port rose 6 percent to 120 million tonnes in the first half of the year.",
    // an expectation of a period now past is still no fact
    "Exports of textiles were planned to grow 4 percent in 2020.",
    "Exports of textiles were expected to grow 4 percent in 2020.",
    "Imports of soybeans were predicted to fall 3 percent in 2019.",
  ])("finds no trade fact in: %s", (sentence) => {
    expect(extractSentence(sentence).tradeFacts).toEqual([]);
  });

  it("scopes a single month to its paragraph; later paragraphs use the main period", () => {
    const doc = extractSentence(
      [
        "In the first half of 2021, foreign trade was 18 trillion yuan, up 27.1%.",
        "In June, imports and exports were 3.3 trillion yuan, up 22.2%. Exports were 1.8 trillion yuan.",
        "Trade with ASEAN was 2.66 trillion yuan, up 27.8%.",
      ].join("\n\n"),
    );
    const june = { start: "2021-06", end: "2021-06" };
    expect(hasFact(doc.tradeFacts, { flow: "TOTAL", partner: null, period: june })).toBe(true);
    expect(hasFact(doc.tradeFacts, { flow: "EXPORT", period: june })).toBe(true);
    expect(
      hasFact(doc.tradeFacts, { partner: "region:asean", period: H1, changePct: 27.8 }),
      describeFacts(doc.tradeFacts),
    ).toBe(true);
  });

  it("gives every fact a stable id and evidence that quotes the text", () => {
    const a = extractSentence("In June, exports grew 5% to 2 trillion yuan.");
    const b = extractSentence("In June, exports grew 5% to 2 trillion yuan.");
    expect(a.tradeFacts[0].id).toMatch(/^tf:[0-9a-f]{16}$/);
    expect(a.tradeFacts[0].id).toBe(b.tradeFacts[0].id);
    expect(a.tradeFacts[0].evidence.quote).toBe("In June, exports grew 5% to 2 trillion yuan.");
  });
});
