/**
 * Words inside a name that the tagger did not read as a name: the particle of a foreign
 * name ("Günter de Bruyn", "Leonardo da Vinci") and an English adjective that opens one
 * ("der Golden Gate Park", "in British Columbia", "Christopher Columbus segelte …"). A name
 * is one unit: each of its words stands in the case of the whole name.
 */

import type { AnalyzedToken } from "../analyze";
import type { Lexicon } from "../lexicon/index";

/**
 * Lower-case particles of Romance and Dutch names, none of them a German word (von, zu and da
 * are: "von Parma" is a preposition, "da" an adverb).
 */
const NAME_PARTICLES = new Set(["de", "di", "del", "della", "dos", "van"]);

const CAPITALISED = /^\p{Lu}/u;

function isCapitalisedWord(t: AnalyzedToken | undefined): boolean {
  return t?.kind === "word" && CAPITALISED.test(t.text);
}

/**
 * Whether the word at `i` is part of a name its neighbours make:
 * - "General de Meza", "Günter de Bruyn": a name particle between a capitalised noun or name and a name;
 * - "der Golden Gate Park", "in British Columbia": a capitalised adjective without a German ending
 *   inside the sentence before a name (a German attributive adjective is lower-case and inflected);
 * - "Christopher Columbus segelte": at the start of a sentence, where every word is capitalised,
 *   a word the dictionary has no adjective of, before a name.
 */
export function isNamePart(lexicon: Lexicon, tokens: AnalyzedToken[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (NAME_PARTICLES.has(t.text))
    return next?.pos === "PROPN" && isCapitalisedWord(prev) && (prev!.pos === "PROPN" || prev!.pos === "NOUN");
  if (t.pos !== "ADJ" || !isCapitalisedWord(t) || !isCapitalisedWord(next)) return false;
  if (next!.pos !== "PROPN") return false;
  const lower = t.text.toLowerCase();
  const lemma = t.lemma?.toLowerCase();
  const sentenceStart = !prev || (prev.kind === "punct" && !/^[,;]$/.test(prev.text));
  if (sentenceStart) return next!.pos === "PROPN" && !lexicon.lookupForm(lower).some((id) => lexicon.pos(id) === "ADJ");
  // "Berliner", "Aachener": the indeclinable adjectives of places end in -er, and so do strong forms.
  return lemma === lower && !lower.endsWith("er");
}
