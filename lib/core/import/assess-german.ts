import type { AnalyzedText } from "../analyze";

/** Frequent German function words: almost every German paragraph has several. */
const GERMAN_MARKERS = new Set(
  "der die das den dem des ein eine einen einem einer und oder nicht ist sind war hat haben wird werden mit von zu im in auf für sich auch es er sie wir ich du dass als bei nach aus wie noch nur".split(
    " ",
  ),
);

export interface GermanAssessment {
  isGerman: boolean;
  wordCount: number;
  /** Share of word tokens (not names) the lexicon knows. */
  coverage: number;
  /** Share of word tokens that are common German function words. */
  markerShare: number;
}

/**
 * Decides whether analysed text looks German enough to import.
 * @example assessGerman(analyzeText("Das ist ein Haus.", lexicon)).isGerman; // true
 */
export function assessGerman(text: AnalyzedText): GermanAssessment {
  let words = 0;
  let known = 0;
  let markers = 0;
  for (const sentence of text.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== "word") continue;
      words++;
      if (GERMAN_MARKERS.has(token.text.toLowerCase())) markers++;
      if (token.gloss && token.pos !== "PROPN") known++;
    }
  }
  const coverage = words ? known / words : 0;
  const markerShare = words ? markers / words : 0;
  // Short texts (a word list, a headline) may have no function words at all.
  const isGerman = words > 0 && (words < 12 ? coverage >= 0.5 : markerShare >= 0.04 && coverage >= 0.4);
  return { isGerman, wordCount: words, coverage, markerShare };
}
