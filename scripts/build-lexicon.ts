/**
 * CLI: `npm run build:lexicon` rebuilds the lexicon cache explicitly
 * (loadLexicon() also builds it on demand; this is for CI warm-up and for
 * timing the build).
 */

import { buildLexiconCache, findProjectRoot } from "../lib/core/lexicon/index";
import path from "node:path";
import { lexiconLocation } from "../lib/env";

const root = lexiconLocation().root ?? findProjectRoot();
const cacheDir = path.resolve(lexiconLocation().cacheDir ?? path.join(root, ".cache/lexicon"));
const started = performance.now();
const key = buildLexiconCache(root, cacheDir);
console.log(`lexicon ${key} built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${cacheDir}`);
