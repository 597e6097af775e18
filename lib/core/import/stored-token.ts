import type { AnalyzedToken } from "../analyze";

/** A token as stored with its sentence: the analysis plus its lexeme's id. */
export type StoredToken = AnalyzedToken & { lx?: string };

const NON_LEXICAL_POS = new Set(["PUNCT", "SYM", "NUM", "X", "SPACE"]);

/** A separable verb's lemma is one word (annehmen); an expression's has several ("sich kümmern um"). */
export function phrasePos(lemma: string): "VERB" | "PHRASE" {
  return lemma.includes(" ") ? "PHRASE" : "VERB";
}

/**
 * Which lexeme a token belongs to, or null for punctuation, numbers and the
 * like. Both parts of a separated verb belong to the particle verb, so that
 * "nimmt … an" and "angenommen" count as one word: annehmen. Every word of a
 * multiword expression ("gibt … es") belongs to the expression, a PHRASE
 * lexeme like the phrases learners save themselves ("es gibt").
 * @example lexemeKeyOf({ text: "nimmt", kind: "word", lemma: "nehmen", pos: "VERB", phrase: { lemma: "annehmen", … } }); // { lemma: "annehmen", pos: "VERB" }
 */
export function lexemeKeyOf(token: AnalyzedToken): { lemma: string; pos: string } | null {
  if (token.kind !== "word") return null;
  if (token.phrase) return { lemma: token.phrase.lemma, pos: phrasePos(token.phrase.lemma) };
  if (!token.lemma || !token.pos || NON_LEXICAL_POS.has(token.pos)) return null;
  return { lemma: token.lemma, pos: token.pos };
}
