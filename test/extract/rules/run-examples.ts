// Runs a composition rule's own examples and counter-examples as tests.
import { expect, it } from "vitest";
import { composeNodes, type Node, type Rule, readAtoms } from "../../../src/extract/rules/index.js";

/** Every node of the settled tree: top-level nodes, their children and list items. */
export function flatten(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    if ("children" in n) n.children.forEach(walk);
    if (n.kind === "List") n.value.items.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

const madeBy = (n: Node, rule: string): boolean =>
  n.source === rule || flatten("children" in n ? n.children : []).some((c) => c.source === rule);

export function show(text: string, nodes: readonly Node[]): string {
  return nodes.map((n) => `${n.kind}[${n.source}](${text.slice(n.start, n.end)})`).join(" ");
}

export function runRuleExamples(rule: Rule): void {
  it.each(rule.examples.map((e) => [e.find, e] as const))("composes %s", (_f, ex) => {
    const top = composeNodes(readAtoms(ex.in));
    const hit = flatten(top).find(
      (n) =>
        (n.kind === rule.produces || (n.kind === "List" && n.value.itemKind === rule.produces)) &&
        ex.in.slice(n.start, n.end) === ex.find &&
        madeBy(n, rule.name),
    );
    expect(hit, `${rule.name} "${ex.find}" in "${ex.in}"; got ${show(ex.in, top)}`).toBeDefined();
    expect(hit?.value).toMatchObject(ex.value as object);
  });
  it.each(rule.counterExamples.map((e) => [e.not, e] as const))("does not compose %s", (_n, ex) => {
    const at = ex.in.indexOf(ex.not);
    expect(at, `"${ex.not}" is in "${ex.in}"`).toBeGreaterThanOrEqual(0);
    const bad = flatten(composeNodes(readAtoms(ex.in))).filter(
      (n) => n.source === rule.name && n.start < at + ex.not.length && n.end > at,
    );
    expect(bad.map((n) => ex.in.slice(n.start, n.end))).toEqual([]);
  });
}
