/**
 * CLI: `npm run eval:gloss [-- DIR] [-- --show-errors N]` scores the
 * learner-visible glosses against the human English translation of the
 * parallel treebank in DIR (default ../shared/ud/pud-dev/) with
 * ../shared/eval/gloss_parallel.mjs, prints its per-part-of-speech table,
 * and then how long the glosses are: the mean number of alternatives a
 * learner reads per content word (the budget is ≤ 1.5).
 *
 * The treebank is only measured against: nothing in lib/core is derived
 * from it.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "ADV"]);

interface PredToken {
  kind?: string;
  pos?: string;
  gloss?: string | null;
  phrase?: { gloss?: string | null } | null;
}

/** Alternatives as the scorer splits them: on ; , / | outside brackets. */
export function countAlternatives(gloss: string): number {
  const bare = gloss.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, "");
  return bare.split(/[;,/|]/).filter((a) => a.trim().length > 0).length;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0] && !args[0].startsWith("--") ? args.shift()! : "../shared/ud/pud-dev";
  // The scorer runs its CLI only when started under its real path (../shared is a symlink).
  const script = realpathSync("../shared/eval/gloss_parallel.mjs");
  const tmp = mkdtempSync(path.join(tmpdir(), "eval-gloss-"));
  const predFile = path.join(tmp, "pred.json");
  try {
    const run = spawnSync(
      process.execPath,
      [
        script,
        "--de",
        path.join(dir, "de_pud-dev.conllu"),
        "--en",
        path.join(dir, "en_pud-dev.conllu"),
        "--cmd",
        "npm run --silent analyze -- -",
        "--save-pred",
        predFile,
        ...args,
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
    const pred = JSON.parse(readFileSync(predFile, "utf8")) as { sentences: { tokens: PredToken[] }[] };
    const byPos = new Map<string, { n: number; alts: number }>();
    for (const s of pred.sentences) {
      for (const t of s.tokens) {
        if (t.kind !== "word" || !t.pos || !CONTENT_POS.has(t.pos)) continue;
        const gloss = t.phrase?.gloss || t.gloss;
        if (!gloss) continue;
        for (const key of ["ALL", t.pos]) {
          const st = byPos.get(key) ?? { n: 0, alts: 0 };
          st.n++;
          st.alts += countAlternatives(gloss);
          byPos.set(key, st);
        }
      }
    }
    console.log("\nGloss length (learner-visible gloss of the app's NOUN/VERB/ADJ/ADV tokens):");
    for (const key of ["ALL", ...CONTENT_POS]) {
      const st = byPos.get(key);
      if (st)
        console.log(
          `  ${key.padEnd(5)} ${String(st.n).padStart(6)} glosses, mean ${(st.alts / st.n).toFixed(2)} alternatives`,
        );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
