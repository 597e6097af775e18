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
  for (let i = 0; i < 3; i++) analyzeText(text, lexicon); // warm-up
  let tokens = 0;
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) {
    for (const s of analyzeText(text, lexicon).sentences) tokens += s.tokens.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const rate = tokens / seconds;
  console.log(
    `analyze throughput (warm): ${Math.round(rate)} tokens/s (${tokens} tokens in ${seconds.toFixed(2)} s) — budget ≥ 100,000`,
  );
  // The floor, measured in the same run: the tokenizer alone over the same text, the least any
  // analysis must do. The ratio tells a slower machine from a slower analysis.
  const countTokens = (): number => [...tokenize(text)].length;
  countTokens(); // warm-up
  let floorTokens = 0;
  const f0 = performance.now();
  for (let i = 0; i < 5; i++) floorTokens += countTokens();
  const floorRate = floorTokens / ((performance.now() - f0) / 1000);
  console.log(
    `tokenizer floor (same text, same run): ${Math.round(floorRate)} tokens/s — analysis costs ${(floorRate / rate).toFixed(1)}× the tokenizer`,
  );
  console.log(`process RSS after benchmark: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

main();
