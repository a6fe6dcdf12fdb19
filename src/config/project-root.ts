/**
 * The project's root folder, for files read at run time (cypher/, dist/ide, neo4j/, seeds/).
 * A path relative to a module would differ between the sources (src/…) and the build
 * (dist/src/…), so every such path starts here instead: the nearest folder above this module
 * that holds package.json, which is the same folder from either place.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`expected a package.json above ${from}, got none up to ${dir}`);
    }
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, from its parts relative to the root. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
