import { defineConfig } from "vitest/config";

// The extractor's own tests: pure code, the CLI and the scorer; no database, so no global setup.
export default defineConfig({
  test: {
    include: ["test/extract/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
