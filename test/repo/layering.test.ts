/**
 * The layering lint (biome.json's noRestrictedImports overrides) guards every file of every
 * folder, not only the files directly inside it: each probe here sits one folder below its
 * layer and imports a layer it may not, and Biome must refuse it with a message that cites
 * docs/ARCHITECTURE.md, which must exist. Allowed imports from the same depth must pass.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const BIOME = join(ROOT, "node_modules/.bin/biome");

/** layer → [a layer it may not import, a layer it may import]. */
const PROBES: Record<string, { forbidden: string[]; allowed: string[] }> = {
  core: {
    forbidden: ["config", "extract", "graph", "ingest", "api", "export", "cli"],
    allowed: [],
  },
  config: { forbidden: ["extract", "graph", "ingest", "api", "export", "cli"], allowed: ["core"] },
  extract: { forbidden: ["graph", "ingest", "api", "export", "cli"], allowed: ["core", "config"] },
  graph: { forbidden: ["extract", "ingest", "api", "export", "cli"], allowed: ["core", "config"] },
  ingest: { forbidden: ["api", "export", "cli"], allowed: ["core", "extract", "graph"] },
  export: { forbidden: ["extract", "ingest", "api", "cli"], allowed: ["core", "graph"] },
  api: { forbidden: ["cli"], allowed: ["core", "graph", "export", "ingest", "extract"] },
  explorer: {
    forbidden: ["core", "config", "extract", "graph", "ingest", "api", "export", "cli"],
    allowed: [],
  },
};

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}

let dir: string;
let diagnostics: Diagnostic[];

/** One file per (layer, imported layer), in src/<layer>/deeper/, importing ../../<other>/x.js. */
function writeProbes(root: string): void {
  for (const [layer, { forbidden, allowed }] of Object.entries(PROBES)) {
    for (const other of [...forbidden, ...allowed]) {
      const file = join(root, "src", layer, "deeper", `imports-${other}.ts`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `import { x } from "../../${other}/x.js";\n\nexport const y = x;\n`);
    }
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trade-kg-layering-"));
  const config = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8"));
  delete config.$schema;
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
  writeProbes(dir);
  const run = spawnSync(BIOME, ["lint", "--reporter=json", "--max-diagnostics=none", "src"], {
    cwd: dir,
    encoding: "utf8",
  });
  diagnostics = (JSON.parse(run.stdout).diagnostics as Diagnostic[]).filter(
    (d) => d.category === "lint/style/noRestrictedImports",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusedIn(layer: string, other: string): Diagnostic[] {
  return diagnostics.filter((d) =>
    d.location.path.replaceAll("\\", "/").endsWith(`src/${layer}/deeper/imports-${other}.ts`),
  );
}

describe("the layering lint, one folder below each layer", () => {
  for (const [layer, { forbidden, allowed }] of Object.entries(PROBES)) {
    for (const other of forbidden) {
      it(`refuses ${layer} importing ${other}`, () => {
        const found = refusedIn(layer, other);
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("docs/ARCHITECTURE.md");
      });
    }
    for (const other of allowed) {
      it(`lets ${layer} import ${other}`, () => {
        expect(refusedIn(layer, other)).toEqual([]);
      });
    }
  }

  it("refuses exactly the forbidden probes and nothing else", () => {
    const expected = Object.values(PROBES).reduce((n, p) => n + p.forbidden.length, 0);
    expect(diagnostics).toHaveLength(expected);
  });

  it("cites a document the repository has, with the section it names", () => {
    const path = join(ROOT, "docs/ARCHITECTURE.md");
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toMatch(/^## Layers$/m);
    expect(readFileSync(join(ROOT, "biome.json"), "utf8")).not.toContain("DESIGN.md");
  });
});
