// The grammar line of the hovered word, from the page payload (no network).
import { formatGrammarLine, type GrammarToken } from "@/lib/core/grammar/format";
import type { ReaderLexeme, ReaderToken } from "@/lib/server/data/get-reading-view";

/**
 * "die Einladung — feminine noun, accusative singular · plural Einladungen" for the token at `index`.
 * Either part of a separated verb ("lud … ein") describes the verb.
 */
export function grammarLineOf(
  tokens: ReaderToken[],
  index: number,
  lexemes: Record<string, ReaderLexeme>,
): string | null {
  let token = tokens[index];
  if (!token) return null;
  let particle: string | undefined;
  if (token.phrase) {
    const parts = token.phrase.tokenIndexes.map((i) => tokens[i]);
    const verb = parts.find((p) => p?.pos === "VERB" || p?.pos === "AUX");
    if (verb) {
      token = verb;
      particle = parts.find((p) => p && p !== verb)?.text;
    }
  }
  const lexeme = token.lexemeId ? lexemes[token.lexemeId] : undefined;
  const input: GrammarToken = {
    text: token.text,
    lemma: token.lemma,
    pos: token.pos,
    feats: token.feats,
    article: token.article ?? lexeme?.article,
    plural: token.plural ?? lexeme?.plural,
  };
  if (token.phrase && particle) {
    input.phraseLemma = token.phrase.lemma;
    input.particle = particle;
  }
  const nextCase = tokens.slice(index + 1).find((t) => t.feats?.Case)?.feats?.Case;
  return formatGrammarLine(input, lexeme?.grammar, nextCase);
}
