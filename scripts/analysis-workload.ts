/**
 * CLI: a fixed analysis workload for counting instructions, which unlike
 * wall-clock time does not depend on what else the machine runs:
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=runs12.cg \
 *     node --predictable --no-memory-reducer --import tsx scripts/analysis-workload.ts 12 8
 *
 * analyses the seed article and the first 300 GSD dev sentences (4,890
 * tokens) `warm` times (default 8), then `runs` times (default 12). The
 * difference between `runs` = 12 and `runs` = 0 is the cost of 12 warm runs.
 * Under --predictable the optimizing compiler runs on the main thread and is
 * counted too; it still compiles late-hot functions after 8 runs, so compare
 * the instructions outside its functions (cg_annotate, compiler:: and
 * friends) for the analysis itself.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeText } from "../lib/core/analyze";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";
import { findProjectRoot } from "../lib/server/lexicon/lexicon-sources";

const runs = Number(process.argv[2] ?? 12);
const warm = Number(process.argv[3] ?? 8);
const root = findProjectRoot();
const lexicon = loadLexicon();
const seed = readFileSync(path.join(root, "data/seed/seed-article.de.txt"), "utf8");
const gsd = readFileSync(path.join(root, "../shared/ud/de_gsd-ud-dev.conllu"), "utf8")
  .split("\n")
  .filter((l) => l.startsWith("# text = "))
  .map((l) => l.slice(9))
  .slice(0, 300)
  .join(" ");
const text = `${seed}\n\n${gsd}`;
for (let i = 0; i < warm; i++) analyzeText(text, lexicon);
let tokens = 0;
for (let i = 0; i < runs; i++) for (const s of analyzeText(text, lexicon).sentences) tokens += s.tokens.length;
console.log(`${runs} runs after ${warm} warm-up runs: ${tokens} tokens`);
