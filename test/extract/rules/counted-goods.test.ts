// Counted goods: a Count before a commodity mention is a quantity in units (table with mentions).
import { describe, expect, it } from "vitest";
import { countedGoods } from "../../../src/extract/rules/counted-goods.js";
import { composeNodes, readAtoms } from "../../../src/extract/rules/index.js";
import { runRuleExamples } from "./run-examples.js";

describe("countedGoods", () => {
  runRuleExamples(countedGoods);

  // rows: sentence, commodity name in it, expected quantity (or null)
  const table: Array<[string, string, string | null]> = [
    ["The plant exported 75.3 billion integrated circuits.", "integrated circuits", "75300000000"],
    ["It shipped 1.5 million solar panels abroad.", "solar panels", "1500000"],
    ["Tariffs on 12 semiconductors categories were cut.", "chips", null],
  ];
  it.each(table)("%s", (text, name, expected) => {
    const at = text.indexOf(name);
    const entities =
      at < 0 ? [] : [{ start: at, end: at + name.length, id: "commodity:x", type: "Commodity" }];
    const nodes = composeNodes(readAtoms(text, [0, text.length], entities));
    const q = nodes.find((n) => n.kind === "Quantity");
    expect(q?.kind === "Quantity" ? q.value.exact : null).toBe(expected);
    if (q?.kind === "Quantity") expect(q.value.unit).toBe("units");
  });
});
