/**
 * CLI: `npm run build:lexicon` rebuilds the lexicon cache explicitly
 * (loadLexicon() also builds it on demand; this is for CI warm-up and for
 * timing the build).
 */

import { buildLexiconCache, resolveCacheDir } from "../lib/server/lexicon/lexicon-cache";
import { findProjectRoot } from "../lib/server/lexicon/lexicon-sources";
import { lexiconLocation } from "../lib/env";

const root = lexiconLocation().root ?? findProjectRoot();
const cacheDir = resolveCacheDir(root, lexiconLocation().cacheDir);
const started = performance.now();
const key = buildLexiconCache(root, cacheDir);
console.log(`lexicon ${key} built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${cacheDir}`);
