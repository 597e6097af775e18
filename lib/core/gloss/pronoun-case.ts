import type { AnalyzedToken } from "../analyze";

/** "sie" by case and number, once the grammar has read them in context. */
const SIE_GLOSS: Readonly<Record<string, string>> = {
  "Nom Sing": "she",
  "Nom Plur": "they",
  "Acc Sing": "her",
  "Acc Plur": "them",
  "Acc Sing,Plur": "her, them",
};

/**
 * Glosses the personal pronoun "sie" by its reading in the sentence: "Er hat sie eingeladen" → her
 * (or them), "sie lädt" → she, "sie laden" → they. The dictionary gloss "she, they" stays where the
 * grammar leaves the case or number open. Runs after the grammar (it needs `feats`).
 *
 * @example
 * glossPronounsByCase(tokens); // "Ich kenne sie." → sie: "her, them"
 */
export function glossPronounsByCase(tokens: AnalyzedToken[]): void {
  for (const t of tokens) {
    if (t.lemma !== "sie" || t.pos !== "PRON" || !t.feats) continue;
    const gloss = SIE_GLOSS[`${t.feats.Case} ${t.feats.Number}`];
    if (gloss) t.gloss = gloss;
  }
}
