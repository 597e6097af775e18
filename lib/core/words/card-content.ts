// Builds a card's content from a stored sentence: the German front (nouns
// with their article), the English back, and the word's spans in its context
// sentence (both parts of a separated verb). Pure: shared by the reader's
// "Add to review" and the teacher's pre-teaching.
import type { StoredToken } from "../import/stored-token";
import { headwordOf } from "./headword";

export interface CardSentence {
  content: string;
  start: number;
  translation: string | null;
  tokens: StoredToken[];
}

export interface CardContent {
  front: string;
  back: string;
  contextText: string;
  contextTranslation: string | null;
  highlight: { start: number; end: number }[];
}

/** Content for the word at `tokenIndex`; null when that token is not a word with a lexeme. */
export function buildCardContent(
  sentence: CardSentence,
  tokenIndex: number,
  glossOverride?: string | null,
): CardContent | null {
  const token = sentence.tokens[tokenIndex];
  if (!token || token.kind !== "word" || !token.lx) return null;
  const indexes = token.phrase ? token.phrase.tokenIndexes : [tokenIndex];
  const highlight = indexes
    .map((i) => sentence.tokens[i])
    .filter((t): t is StoredToken => !!t)
    .map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start }));
  const front = headwordOf(token);
  const back = glossOverride ?? (token.phrase ? token.phrase.gloss : token.gloss) ?? "";
  return { front, back, contextText: sentence.content, contextTranslation: sentence.translation, highlight };
}

/** The first sentence (in text order) containing a lexeme, with the token index there. */
export function findTokenOfLexeme(tokens: StoredToken[], lexemeId: string): number {
  return tokens.findIndex((t) => t.lx === lexemeId);
}
