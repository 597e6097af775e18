/**
 * CLI for tuning the grammar: `npx tsx scripts/grammar-confusions.ts Case NOUN [FILE]`
 * prints, for one morphological feature (and optionally one gold UPOS, or
 * "finite" for words with a Mood), the confusion table gold → shown and a
 * few examples of each confusion with the words around them. Default file:
 * the PUD dev file. Measures only; nothing in lib/core is derived from it.
 */

import { readFileSync } from "node:fs";
import { analyzeText, type AnalyzedToken } from "../lib/core/analyze";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";
import { parseConllu } from "./ud-conllu";

const [feature = "Case", filter = "all", file = "../shared/ud/pud-dev/de_pud-dev.conllu"] = process.argv.slice(2);
const examplesPerRow = Number(process.env.EXAMPLES ?? 4);

const { raw, sentences } = parseConllu(readFileSync(file, "utf8"));
const result = analyzeText(raw, loadLexicon());
const bySpan = new Map<string, AnalyzedToken>();
for (const s of result.sentences) for (const t of s.tokens) bySpan.set(`${t.start}:${t.end}`, t);

const confusions = new Map<string, { n: number; examples: string[] }>();
let total = 0;
let exact = 0;
for (const sent of sentences) {
  const toks = sent.tokens;
  toks.forEach((tok, k) => {
    if (tok.words.length !== 1) return;
    const w = tok.words[0]!;
    const gold = w.feats[feature];
    if (gold === undefined) return;
    if (filter === "finite" ? !("Mood" in w.feats) : filter !== "all" && w.upos !== filter) return;
    const pred = bySpan.get(`${tok.start}:${tok.end}`);
    if (!pred) return;
    total++;
    const shown = pred.feats?.[feature] ?? "-";
    if (shown === gold) {
      exact++;
      return;
    }
    const key = `${w.upos.padEnd(5)} ${gold.padEnd(5)} → ${shown}`;
    const row = confusions.get(key) ?? { n: 0, examples: [] };
    row.n++;
    if (row.examples.length < examplesPerRow) {
      const around = toks
        .slice(Math.max(0, k - 5), k + 4)
        .map((t) => (t === tok ? `[${t.form}]` : t.form))
        .join(" ");
      row.examples.push(`${around}   (${pred.pos} ${pred.lemma} ${JSON.stringify(pred.feats ?? {})})`);
    }
    confusions.set(key, row);
  });
}
console.log(`${feature} ${filter}: ${exact}/${total} exact, ${total - exact} wrong`);
for (const [key, row] of [...confusions].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(row.n).padStart(4)}  ${key}`);
  for (const e of row.examples) console.log(`        ${e}`);
}
