// Which tokens and lexemes are "words": the one rule behind lexeme creation,
// known-word percentages, pre-teaching lists and the reader's counters.

/** Parts of speech that never get a lexeme: punctuation, symbols, numbers, unknown, whitespace. */
export const NON_LEXICAL_POS: readonly string[] = ["PUNCT", "SYM", "NUM", "X", "SPACE"];

/** Names have a lexeme (they can be looked up) but are not words to know. */
export const NAME_POS = "PROPN";

/** Parts of speech that do not count as words to know (for SQL filters: `pos NOT IN (…)`). */
export const NOT_A_WORD_POS: readonly string[] = [...NON_LEXICAL_POS, NAME_POS];

/**
 * Whether a lexeme or token counts as a word to know: not a name, number or punctuation.
 * @example isCountableWord({ pos: "NOUN" }); // true
 * @example isCountableWord({ pos: "PROPN" }); // false
 */
export function isCountableWord(word: { pos?: string | null; kind?: string }): boolean {
  if (word.kind !== undefined && word.kind !== "word") return false;
  return !!word.pos && !NOT_A_WORD_POS.includes(word.pos);
}
