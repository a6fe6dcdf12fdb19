// Runs an atom reader's own examples and counter-examples as tests.
import { expect, it } from "vitest";
import { readAtomsIn } from "../../../src/extract/atoms/index.js";
import type { AtomReader } from "../../../src/extract/atoms/types.js";

export function runReaderExamples(reader: AtomReader): void {
  it.each(reader.examples.map((e) => [e.find, e] as const))("reads %s", (_find, ex) => {
    const { atoms } = readAtomsIn(ex.in);
    const hit = atoms.find(
      (a) => a.kind === reader.kind && ex.in.slice(a.start, a.end) === ex.find,
    );
    expect(
      hit,
      `${reader.kind} "${ex.find}" in "${ex.in}"; got ${show(ex.in, atoms)}`,
    ).toBeDefined();
    expect(hit?.value).toMatchObject(ex.value as object);
  });
  it.each(reader.counterExamples.map((e) => [e.not, e] as const))(
    "does not read %s",
    (_not, ex) => {
      const { atoms } = readAtomsIn(ex.in);
      const at = ex.in.indexOf(ex.not);
      expect(at, `"${ex.not}" is in "${ex.in}"`).toBeGreaterThanOrEqual(0);
      const bad = atoms.filter(
        (a) => a.kind === reader.kind && a.start < at + ex.not.length && a.end > at,
      );
      expect(bad.map((a) => ex.in.slice(a.start, a.end))).toEqual([]);
    },
  );
}

function show(
  text: string,
  atoms: readonly { kind: string; start: number; end: number }[],
): string {
  return atoms.map((a) => `${a.kind}(${text.slice(a.start, a.end)})`).join(" ");
}
