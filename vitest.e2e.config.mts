import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import path from "node:path";

// The browser tests share one app and its demo accounts. The demo file checks
// the demo story as a fresh install has it, before other files add to the
// demo accounts: run the files in a fixed order instead of vitest's duration-based one.
const ORDER = ["demo", "shell", "reader", "review", "import", "hostile", "hostile-http", "teach"];

class FixedOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const name = path.basename(f.moduleId).replace(/\.test\.ts$/, "");
      const i = ORDER.indexOf(name);
      return i === -1 ? ORDER.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { sequencer: FixedOrderSequencer },
  },
});
