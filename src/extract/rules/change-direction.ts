/**
 * `up|down [<Yoy>] [by] [<hedge>] <Percent | List<Percent>>` → Change ("up 27.8%", "down by
 * 3%", "up 5% and 6%").
 *
 * Why: the wire-report phrasing after a value ("8.22 trillion yuan, up 5.2%").
 */
import {
  basisOf,
  changeOrList,
  isPercentLike,
  PERCENT_AFTER_CHANGE_WORD,
  polarityOf,
} from "./change-value.js";
import { node, patternRule } from "./pattern.js";
import type { Node } from "./types.js";

const upDown = (n: Node) => n.kind === "Direction" && !n.value.comparative;

export const changeDirection = patternRule({
  name: "change-direction",
  produces: "Change",
  specificity: 120,
  pattern: [node("Direction", upDown), ...PERCENT_AFTER_CHANGE_WORD],
  make: (_s, nodes) =>
    changeOrList(nodes.find(isPercentLike)!, polarityOf(nodes[0]), basisOf(nodes)),
  examples: [
    { in: "41.76 trillion yuan, up 0.2%", find: "up 0.2%", value: { pct: 0.2 } },
    {
      in: "imports, down by 3% year-on-year",
      find: "down by 3% year-on-year",
      value: { pct: -3, basis: "year" },
    },
    {
      in: "up 5%, 6% and 7%, respectively",
      find: "up 5%, 6% and 7%, respectively",
      value: { itemKind: "Change", respectively: true },
    },
  ],
  counterExamples: [{ in: "a share up 1.1 percentage points", not: "up 1.1 percentage points" }],
});
