import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "core",
          include: ["tests/core/**/*.test.ts"],
          globalSetup: ["tests/helpers/lexicon-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: {
          alias: {
            ...alias,
            // `server-only` throws outside React Server Components; tests call the data layer directly.
            "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
          },
        },
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          globalSetup: ["tests/helpers/lexicon-global-setup.ts", "tests/helpers/database-global-setup.ts"],
          setupFiles: ["tests/helpers/database-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One database for the run; files run one at a time to keep PGlite's single connection queue fair.
          fileParallelism: false,
        },
      },
    ],
  },
});
