// The one overlap pass: longest, then most specific, whatever the input order.
import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "../../../src/extract/atoms/overlaps.js";

interface Item {
  name: string;
  first: number;
  last: number;
  start: number;
  end: number;
  spec: number;
}
const item = (name: string, first: number, last: number, spec: number): Item => ({
  name,
  first,
  last,
  start: first * 10,
  end: last * 10 - 1,
  spec,
});

describe("resolveOverlaps", () => {
  const items = [
    item("count", 0, 2, 10),
    item("money", 0, 3, 50),
    item("year", 4, 5, 40),
    item("count2", 4, 5, 10),
    item("month", 6, 7, 40),
    item("list", 6, 9, 105),
    item("period", 7, 9, 120),
  ];
  const names = (xs: Item[]) => resolveOverlaps(xs, (x) => x.spec).map((x) => x.name);

  it("keeps the longest, then the most specific, in text order", () => {
    expect(names(items)).toEqual(["money", "year", "list"]);
  });

  it("does not depend on the order of its input", () => {
    for (let k = 0; k < 10; k++) {
      const shuffled = [...items].sort(() => Math.sin(k * 7 + items.length) - 0.5);
      expect(names(shuffled)).toEqual(["money", "year", "list"]);
      expect(names([...items].reverse())).toEqual(["money", "year", "list"]);
    }
  });

  it("settles many items (the library's sort) as it settles a few (insertion)", () => {
    const shifted = (by: number) =>
      items.map((x) => item(`${x.name}@${by}`, x.first + by, x.last + by, x.spec));
    const many = [0, 10, 20, 30, 40].flatMap(shifted).reverse();
    const want = [0, 10, 20, 30, 40].flatMap((by) =>
      ["money", "year", "list"].map((n) => `${n}@${by}`),
    );
    expect(names(many)).toEqual(want);
  });
});

describe("resolveOverlaps without overlaps", () => {
  const disjoint = [item("b", 3, 5, 10), item("a", 0, 2, 40), item("c", 5, 6, 1)];
  it("keeps every item, in text order", () => {
    expect(resolveOverlaps(disjoint, (x) => x.spec).map((x) => x.name)).toEqual(["a", "b", "c"]);
  });
  it("does not reorder its input", () => {
    resolveOverlaps(disjoint, (x) => x.spec);
    expect(disjoint.map((x) => x.name)).toEqual(["b", "a", "c"]);
  });
  it("still settles items that share one token", () => {
    const touching = [item("short", 1, 2, 90), ...disjoint];
    expect(resolveOverlaps(touching, (x) => x.spec).map((x) => x.name)).toEqual(["a", "b", "c"]);
  });
});
