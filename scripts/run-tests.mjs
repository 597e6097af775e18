// `npm test`: unit tests and server tests on the embedded database (PGlite);
// when DATABASE_URL is set, the server tests run again on that PostgreSQL,
// each run in a database of its own that is dropped afterwards.
import { spawnSync } from "node:child_process";

const vitest = ["node_modules/vitest/vitest.mjs", "run"];
const extra = process.argv.slice(2);

function step(title, args, env) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(process.execPath, [...vitest, ...args, ...extra], { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

const results = [];
results.push(["unit + server tests (PGlite)", step("unit + server tests (PGlite)", [], { LESEFLUSS_TEST_DB: "pglite" })]);
if (process.env.DATABASE_URL) {
  results.push([
    "server tests (PostgreSQL)",
    step("server tests (PostgreSQL at DATABASE_URL)", ["--project", "server"], {
      LESEFLUSS_TEST_DB: "postgres",
      LESEFLUSS_TEST_ADMIN_URL: process.env.DATABASE_URL,
    }),
  ]);
} else {
  console.log("\n(DATABASE_URL not set: server tests ran on PGlite only)");
}
const failed = results.filter(([, ok]) => !ok);
console.log(`\nsuites: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
