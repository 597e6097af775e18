// How a word is named on cards, in the tooltip and in the word panel.

export interface HeadwordToken {
  text: string;
  lemma?: string | null;
  pos?: string | null;
  article?: string | null;
  phrase?: { lemma: string } | null;
}

/**
 * A word's headword: its lemma, nouns with der/die/das, both parts of a separated verb as the particle verb.
 * @example headwordOf({ text: "Häuser", lemma: "Haus", pos: "NOUN", article: "das" }); // "das Haus"
 * @example headwordOf({ text: "nimmt", lemma: "nehmen", pos: "VERB", phrase: { lemma: "annehmen" } }); // "annehmen"
 */
export function headwordOf(token: HeadwordToken): string {
  if (token.phrase) return token.phrase.lemma;
  if (token.pos === "NOUN" && token.article) return `${token.article} ${token.lemma ?? token.text}`;
  return token.lemma ?? token.text;
}
