// `npm test`: unit tests and server tests on the embedded database (PGlite);
// when DATABASE_URL is set, the server tests run again on that PostgreSQL,
// each run in a database of its own that is dropped afterwards.
import { countsLine, runVitest } from "./vitest-counts.mjs";

// --postgres-only: just the PostgreSQL leg (CI runs the PGlite leg as the README command first).
const postgresOnly = process.argv.includes("--postgres-only");
const extra = process.argv.slice(2).filter((a) => a !== "--postgres-only");
const runs = [];

if (!postgresOnly) {
  console.log("\n=== unit + server tests (PGlite) ===");
  runs.push(runVitest(extra, { LESEFLUSS_TEST_DB: "pglite" }));
}
if (process.env.DATABASE_URL) {
  console.log("\n=== server tests (PostgreSQL at DATABASE_URL) ===");
  runs.push(
    runVitest(["--project", "server", ...extra], {
      LESEFLUSS_TEST_DB: "postgres",
      LESEFLUSS_TEST_ADMIN_URL: process.env.DATABASE_URL,
    }),
  );
} else {
  console.log("\n(DATABASE_URL not set: server tests ran on PGlite only)");
}
console.log(`\n${countsLine("tests", runs)}`);
process.exit(runs.every((r) => r.ok) ? 0 : 1);
