// Labels the tooltip, the panel and the translation line share (pure, from the page payload).
import { phrasePos } from "@/lib/core/import/stored-token";
import type { ReaderSentence, ReaderToken } from "@/lib/core/reading/reader-payload";

const POS_LABELS: Record<string, string> = {
  NOUN: "noun",
  VERB: "verb",
  AUX: "auxiliary verb",
  ADJ: "adjective",
  ADV: "adverb",
  ADP: "preposition",
  DET: "article/determiner",
  PRON: "pronoun",
  PROPN: "name",
  CCONJ: "conjunction",
  SCONJ: "conjunction",
  PART: "particle",
  NUM: "number",
  INTJ: "interjection",
  PHRASE: "phrase",
};

/** What kind of unit a phrase is: a separable verb (annehmen) or an expression ("es gibt", "sich kümmern um"). */
export function phraseLabel(phrase: { lemma: string }): string {
  return phrasePos(phrase.lemma) === "VERB" ? "separable verb" : "expression";
}

export function posLabel(pos: string | undefined): string {
  return pos ? (POS_LABELS[pos] ?? pos.toLowerCase()) : "";
}

/** The short gloss a token shows: its phrase's when it is part of one. */
export function glossOf(token: ReaderToken): string | null {
  return token.phrase ? token.phrase.gloss : (token.gloss ?? null);
}

/** "invitation · to accept · …": the line shown where a sentence has no translation. */
export function wordGlossLine(sentence: ReaderSentence): string {
  return sentence.tokens
    .filter((t) => t.kind === "word")
    .map((t) => (t.pos === "PROPN" ? t.text : (glossOf(t)?.split(/[;,]/)[0]?.trim() ?? t.text)))
    .join(" · ");
}
