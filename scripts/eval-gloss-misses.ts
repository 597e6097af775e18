/**
 * CLI: `npx tsx scripts/eval-gloss-misses.ts PRED.json [DIR] [--show CATEGORY N]`
 * sorts the misses of a saved eval:gloss prediction (`npm run eval:gloss --
 * --save-pred PRED.json`) into categories, per part of speech, so that work on
 * sense ranking goes where the misses are:
 *   unaligned / empty   tokenization or no gloss
 *   lemma               the app's lemma differs from the treebank's
 *   ceiling             no sense the dictionary offers matches the translation
 *   option              a sense among the lexeme's ranked options would match
 *   ranking             some Ding sense matches, but not among the options
 * Only counts are printed unless --show asks for examples (to read, never to
 * copy into rules or data: the treebank is a dev set).
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { loadLexicon } from "../lib/server/lexicon/lexicon-cache";

interface Tok {
  start: number;
  end: number;
  kind?: string;
  lemma?: string;
  pos?: string;
  gloss?: string | null;
  phrase?: { lemma: string; gloss?: string | null } | null;
}

/** A miss as the scorer reports it (only the fields read here). */
interface Miss {
  item: { sentence: { sentId: string }; upos: string; form: string; unitLemma: string };
  tok: Tok | null;
  gloss: string | null;
  cause: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? { cat: args[showAt + 1]!, n: Number(args[showAt + 2] ?? 30) } : null;
  if (showAt >= 0) args.splice(showAt, 3);
  const predFile = args[0];
  if (!predFile) throw new Error("usage: eval-gloss-misses PRED.json [DIR]");
  const dir = args[1] ?? "../shared/ud/pud-dev";
  const evalDir = path.dirname(path.resolve("../shared/eval/gloss_parallel.mjs"));
  const gp = await import(path.join(evalDir, "gloss_parallel.mjs"));
  const ud = await import(path.join(evalDir, "ud_eval.mjs"));
  const de = ud.parseConllu(readFileSync(path.join(dir, "de_pud-dev.conllu"), "utf8"));
  const en = new Map(
    ud
      .parseConllu(readFileSync(path.join(dir, "en_pud-dev.conllu"), "utf8"))
      .map((s: { sentId: string }) => [s.sentId, s]),
  );
  const doc = ud.buildDocument(de, "auto");
  const items = gp.goldItems(doc.sentences);
  const pred = ud.parsePrediction(readFileSync(predFile, "utf8")) as { sentences: { tokens: Tok[] }[] };
  const { misses } = gp.scoreApp(doc, items, en, pred);
  const ding = gp.loadDing("data/ding/de-en.txt.gz");
  const lexicon = loadLexicon();
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const keyCache = new Map<unknown, Set<string>>();
  for (const m of misses as Miss[]) {
    const it = m.item;
    let cat: string = m.cause;
    let detail = "";
    if (m.cause === "miss" && m.tok) {
      const keys = keyCache.get(it.sentence) ?? gp.englishSentenceKeys(en.get(it.sentence.sentId));
      keyCache.set(it.sentence, keys);
      const appLemma = m.tok.phrase?.lemma ?? m.tok.lemma ?? "";
      const any = gp.dingAny(ding, it.unitLemma) as string[] | null;
      const anyHit = any ? gp.isHit(any, keys) : false;
      let options: string[] = [];
      const ids = lexicon.lookupForm(appLemma).filter((id) => lexicon.lemma(id) === appLemma);
      for (const id of ids) {
        const o = lexicon.senses?.(id);
        options.push(...(o ? o.map((s) => s.gloss) : [lexicon.gloss(id) ?? ""]));
      }
      options = options.filter(Boolean);
      const optHit = options.findIndex((o) => gp.isHit(o, keys));
      if (appLemma !== it.unitLemma && appLemma.toLowerCase() !== it.unitLemma.toLowerCase())
        cat = anyHit ? "lemma(ding-hit)" : "lemma(ceiling)";
      else if (optHit >= 0) cat = `option#${optHit}`;
      else if (anyHit) cat = "ranking";
      else cat = "ceiling";
      detail = `${it.form} [${it.unitLemma}|app ${appLemma}] "${m.gloss}" opts=${options.join(" / ")}`;
    } else detail = `${it.form} [${it.unitLemma}]`;
    for (const key of [`ALL ${cat}`, `${it.upos} ${cat}`]) counts.set(key, (counts.get(key) ?? 0) + 1);
    const list = examples.get(`${it.upos} ${cat}`) ?? [];
    list.push(detail);
    examples.set(`${it.upos} ${cat}`, list);
  }
  for (const key of [...counts.keys()].sort()) console.log(`${key.padEnd(28)} ${counts.get(key)}`);
  if (show)
    for (const [key, list] of examples)
      if (key.includes(show.cat)) {
        console.log(`\n## ${key}`);
        for (const line of list.slice(0, show.n)) console.log("  " + line);
      }
}

void main();
