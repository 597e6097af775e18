/**
 * CLI: `npm run eval:ud -- ../shared/ud/de_gsd-ud-dev.conllu` rebuilds the
 * raw text from a CoNLL-U file (sentences joined by one space, no line
 * breaks, so the splitter gets no hint), runs the analyzer and prints
 * sentence-boundary P/R/F1, lemma accuracy, unmatched gold tokens,
 * particle-verb linking, gloss coverage and throughput.
 *
 * The treebank is only measured against: nothing in lib/core is derived
 * from it.
 */

import { readFileSync } from "node:fs";
import { analyzeText, type AnalyzedToken } from "../lib/core/analyze";
import { loadLexicon } from "../lib/core/lexicon/index";

interface GoldWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  head: number;
  deprel: string;
}
interface GoldToken {
  form: string;
  start: number;
  end: number;
  /** Syntactic words: one, or several for a multi-word token (im = in dem). */
  words: GoldWord[];
}
interface GoldSentence {
  start: number;
  end: number;
  tokens: GoldToken[];
}

function parseConllu(text: string): { raw: string; sentences: GoldSentence[] } {
  const sentences: GoldSentence[] = [];
  let raw = "";
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.length > 0);
    const textLine = lines.find((l) => l.startsWith("# text = "));
    if (!textLine) continue;
    const sentText = textLine.slice("# text = ".length);
    if (raw.length > 0) raw += " ";
    const start = raw.length;
    raw += sentText;
    const tokens: GoldToken[] = [];
    let cursor = 0;
    let rangeEnd = 0;
    let mwt: GoldToken | null = null;
    for (const line of lines) {
      if (line.startsWith("#")) continue;
      const cols = line.split("\t");
      const [idText, form = "", lemma = "", upos = "", , , head = "0", deprel = ""] = cols;
      if (!idText || idText.includes(".")) continue;
      const place = (): { s: number; e: number } => {
        const at = sentText.indexOf(form, cursor);
        const s = at < 0 ? cursor : at;
        cursor = s + form.length;
        return { s: start + s, e: start + s + form.length };
      };
      if (idText.includes("-")) {
        const [, to] = idText.split("-").map(Number);
        rangeEnd = to ?? 0;
        const { s, e } = place();
        mwt = { form, start: s, end: e, words: [] };
        tokens.push(mwt);
        continue;
      }
      const word: GoldWord = { id: Number(idText), form, lemma, upos, head: Number(head), deprel };
      if (mwt && word.id <= rangeEnd) {
        mwt.words.push(word);
        continue;
      }
      mwt = null;
      const { s, e } = place();
      tokens.push({ form, start: s, end: e, words: [word] });
    }
    sentences.push({ start, end: raw.length, tokens });
  }
  return { raw, sentences };
}

function pct(n: number, d: number): string {
  return d === 0 ? "n/a" : (n / d).toFixed(4);
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run eval:ud -- FILE.conllu");
    process.exit(2);
  }
  const { raw, sentences: gold } = parseConllu(readFileSync(file, "utf8"));
  const lexicon = loadLexicon();
  analyzeText(raw, lexicon); // warm-up (JIT, caches)
  let result = analyzeText(raw, lexicon);
  let seconds = Infinity;
  for (let i = 0; i < 3; i++) {
    // Best of three: one 0.1 s run on a 2-core machine is noisy.
    const t0 = performance.now();
    result = analyzeText(raw, lexicon);
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }

  const goldEnds = new Set(gold.map((s) => s.end));
  const predEnds = new Set(result.sentences.map((s) => s.end));
  let tp = 0;
  for (const e of predEnds) if (goldEnds.has(e)) tp++;
  const precision = tp / predEnds.size;
  const recall = tp / goldEnds.size;
  const f1 = (2 * precision * recall) / (precision + recall);

  const predBySpan = new Map<string, AnalyzedToken>();
  let predTokens = 0;
  for (const s of result.sentences)
    for (const t of s.tokens) {
      predBySpan.set(`${t.start}:${t.end}`, t);
      predTokens++;
    }

  let goldTokens = 0;
  let unmatched = 0;
  let lemmaTotal = 0;
  let lemmaOk = 0;
  const byPos = new Map<string, { ok: number; total: number }>();
  let prtTotal = 0;
  let prtOk = 0;
  let glossTotal = 0;
  let glossOk = 0;
  const errors = new Map<string, number>();
  for (const sent of gold) {
    const wordSpan = new Map<number, AnalyzedToken | undefined>();
    for (const tok of sent.tokens) {
      goldTokens++;
      const pred = predBySpan.get(`${tok.start}:${tok.end}`);
      if (!pred) unmatched++;
      for (const w of tok.words) wordSpan.set(w.id, tok.words.length === 1 ? pred : undefined);
      if (!pred || tok.words.length !== 1) continue;
      const w = tok.words[0]!;
      if (w.upos !== "PUNCT") {
        const ok = (pred.lemma ?? "").toLowerCase() === w.lemma.toLowerCase();
        lemmaTotal++;
        if (ok) lemmaOk++;
        else {
          const key = `${w.upos} ${w.form} → ${w.lemma} (got ${pred.lemma})`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
        const p = byPos.get(w.upos) ?? { ok: 0, total: 0 };
        p.total++;
        if (ok) p.ok++;
        byPos.set(w.upos, p);
      }
      if (["NOUN", "VERB", "ADJ", "ADV"].includes(w.upos)) {
        glossTotal++;
        if (pred.gloss) glossOk++;
      }
    }
    for (const tok of sent.tokens) {
      for (const w of tok.words) {
        if (w.upos !== "VERB") continue;
        const prt = sent.tokens.flatMap((t) => t.words).find((d) => d.head === w.id && d.deprel === "compound:prt");
        if (!prt) continue;
        prtTotal++;
        const expected = (prt.form + w.lemma).toLowerCase();
        const pred = wordSpan.get(w.id);
        // A particle verb inside a larger expression ("abhängen von") is linked too.
        if (pred?.phrase && pred.phrase.lemma.toLowerCase().split(" ").includes(expected)) prtOk++;
      }
    }
  }

  console.log(`sentences: gold ${goldEnds.size}, predicted ${predEnds.size}`);
  console.log(`sentence boundaries: precision ${precision.toFixed(4)} recall ${recall.toFixed(4)} F1 ${f1.toFixed(4)}`);
  console.log(
    `lemma accuracy (span-matched, non-punctuation, case-insensitive): ${pct(lemmaOk, lemmaTotal)} (${lemmaOk}/${lemmaTotal})`,
  );
  for (const [pos, v] of [...byPos].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${pos.padEnd(6)} ${pct(v.ok, v.total)} (${v.ok}/${v.total})`);
  }
  console.log(`gold tokens without a matching token: ${unmatched} of ${goldTokens}`);
  console.log(`particle verbs linked: ${pct(prtOk, prtTotal)} (${prtOk}/${prtTotal})`);
  console.log(`gloss coverage NOUN/VERB/ADJ/ADV: ${pct(glossOk, glossTotal)} (${glossOk}/${glossTotal})`);
  console.log(
    `throughput: ${Math.round(predTokens / seconds)} tokens/s (${predTokens} tokens in ${seconds.toFixed(3)} s, warm, best of 3)`,
  );
  if (process.env.EVAL_ERRORS) {
    const top = [...errors].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.EVAL_ERRORS));
    for (const [k, n] of top) console.log(`  ${n}× ${k}`);
  }
}

main();
