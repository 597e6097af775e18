/**
 * CLI: `npm run bench:analysis` prints the analysis budgets of DESIGN.md:
 * lexicon index cold load (time and RSS, measured in a fresh process) and
 * warm analyze throughput in tokens per second.
 */

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeText } from "../lib/core/analyze";
import { tokenize } from "../lib/core/text/tokenize";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";
import { findProjectRoot } from "../lib/server/lexicon/lexicon-sources";

function coldLoad(): void {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const lexicon = loadLexicon();
  const ms = performance.now() - t0;
  lexicon.lookupForm("Einladung");
  const rss = process.memoryUsage().rss;
  process.stdout.write(JSON.stringify({ ms, rssMb: rss / 1e6, rssBeforeMb: rssBefore / 1e6 }));
}

/** Tokens per second of `runs` timed calls of `work`, which returns the tokens it handled. */
function timedRates(runs: number, work: () => number): number[] {
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const tokens = work();
    rates.push(tokens / ((performance.now() - t0) / 1000));
  }
  return rates;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function countOf(text: string): number {
  return [...tokenize(text)].length;
}

function main(): void {
  if (process.argv.includes("--cold")) return coldLoad();
  loadLexicon(); // makes sure the cache exists before timing a cold load
  const root = findProjectRoot();
  const runs: { ms: number; rssMb: number; rssBeforeMb: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "scripts/bench-analysis.ts"), "--cold"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    if (child.status !== 0) throw new Error(`cold-load child failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as { ms: number; rssMb: number; rssBeforeMb: number });
  }
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const worstRss = Math.max(...runs.map((r) => r.rssMb));
  console.log(
    `index cold load: ${best.ms.toFixed(0)} ms (best of 3; runs ${runs.map((r) => r.ms.toFixed(0)).join(", ")} ms) — budget ≤ 1000 ms`,
  );
  console.log(
    `index cold load RSS: ${worstRss.toFixed(0)} MB (process total after load; ${best.rssBeforeMb.toFixed(0)} MB before) — budget ≤ 250 MB`,
  );

  const lexicon = loadLexicon();
  const seed = readFileSync(path.join(root, "data/seed/seed-article.de.txt"), "utf8");
  const gsd = path.join(root, "../shared/ud/de_gsd-ud-dev.conllu");
  const extra = existsSync(gsd)
    ? readFileSync(gsd, "utf8")
        .split("\n")
        .filter((l) => l.startsWith("# text = "))
        .map((l) => l.slice(9))
        .join(" ")
    : "";
  const text = Array.from({ length: 10 }, () => seed).join("\n\n") + "\n\n" + extra;
  // V8 keeps optimising the analysis for several runs: warm up well, then time single runs and
  // report their median (the budget) and best. One run is ~20,000 tokens.
  for (let i = 0; i < 8; i++) analyzeText(text, lexicon);
  const rates = timedRates(7, () => analyzeText(text, lexicon).sentences.reduce((n, s) => n + s.tokens.length, 0));
  const rate = median(rates);
  console.log(
    `analyze throughput (warm): median ${Math.round(rate)} tokens/s, best ${Math.round(Math.max(...rates))} of 7 runs of ${countOf(text)} tokens — budget ≥ 100,000 (median)`,
  );
  // The floor, measured in the same run: the tokenizer alone over the same text, the least any
  // analysis must do. The ratio tells a slower machine from a slower analysis.
  for (let i = 0; i < 3; i++) countOf(text);
  const floorRate = median(timedRates(7, () => countOf(text)));
  console.log(
    `tokenizer floor (same text, same run): median ${Math.round(floorRate)} tokens/s — analysis costs ${(floorRate / rate).toFixed(1)}× the tokenizer`,
  );
  console.log(`process RSS after benchmark: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

main();
