// Runs vitest with a JSON report next to the usual output and returns the
// counts, so every test command can end with one "N passed, N failed" line.
// LESEFLUSS_TEST_COUNTS (a file path) collects the counts of several runs for CI's summary.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function runVitest(args, env = {}) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vitest-")), "report.json");
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...args,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  } catch {
    // no report: the run failed before any test (counted as a failure below)
  }
  const ok = result.status === 0;
  if (!ok && counts.failed === 0) counts.failed = 1;
  const collector = process.env.LESEFLUSS_TEST_COUNTS;
  if (collector) fs.appendFileSync(collector, `${counts.passed} ${counts.failed} ${counts.skipped}\n`);
  return { ok, ...counts };
}

export function countsLine(label, runs) {
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  const skipped = sum("skipped");
  return `${label}: ${sum("passed")} passed, ${sum("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`;
}
