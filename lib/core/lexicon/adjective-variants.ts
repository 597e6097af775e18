/**
 * Adjectives Ding has only in another spelling of the same word: learned
 * adjectives come as -ell and -al ("hormonell" / "hormonal"), and Greek
 * and Latin k/z/c alternate ("mazedonisch" / "makedonisch"). The morphology
 * data knows the one spelling, Ding glosses the other; a word without a
 * gloss of its own takes its twin's.
 */

import type { Lexicon } from "./index";

/** The other spellings of a lower-case adjective lemma (at most a few lookups). */
export function spellingVariants(lemma: string): string[] {
  const out = new Set<string>();
  if (lemma.endsWith("ell")) out.add(`${lemma.slice(0, -3)}al`);
  if (lemma.endsWith("al")) out.add(`${lemma.slice(0, -2)}ell`);
  // Not the c of "ch", "sch", "ck".
  for (const [from, to] of [
    [/z/g, "k"],
    [/k/g, "z"],
    [/c(?![hk])/g, "k"],
    [/c(?![hk])/g, "z"],
  ] as const) {
    out.add(lemma.replace(from, to));
  }
  out.delete(lemma);
  return [...out];
}

/**
 * The gloss of an adjective spelt another way in the dictionary, or null.
 *
 * @example
 * variantAdjectiveGloss(lexicon, "hormonell"); // "hormonal"
 */
export function variantAdjectiveGloss(lexicon: Lexicon, lemma: string): string | null {
  for (const variant of spellingVariants(lemma)) {
    for (const id of lexicon.lookupForm(variant)) {
      const gloss = lexicon.gloss(id);
      if (gloss && lexicon.pos(id) === "ADJ" && lexicon.lemma(id) === variant) return gloss;
    }
  }
  return null;
}
