import { defineConfig } from "vitest/config";

// type-graphql, Apollo Server and graphql-scalars must be inlined: otherwise vitest loads graphql
// once for them (Node resolves its CommonJS build) and once for us (its ESM build),
// and graphql refuses objects "from another module or realm".
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/neo4j.global.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests share one Neo4j; running files one at a time keeps counts exact.
    fileParallelism: false,
    server: { deps: { inline: ["type-graphql", "@apollo/server", "graphql-scalars"] } },
  },
});
