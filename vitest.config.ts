import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/core/**/*.test.ts", "tests/server/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
