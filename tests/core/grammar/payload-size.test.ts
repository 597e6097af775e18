// Issue 15: grammar may grow the reader payload of the seed article by at most 25 %.
// The page is built as the server builds it (compactTokens, one entry per lexeme),
// once with each token's feats and each lexeme's principal parts, once without.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/core/analyze";
import { grammarInfoOf } from "@/lib/core/grammar/grammar-info";
import { lexemeKeyOf, type StoredToken } from "@/lib/core/import/stored-token";
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon } from "../../helpers/lexicon";
import { compactTokens, type ReaderTextLexeme } from "@/lib/core/reading/reader-payload";

const input = readFileSync(path.resolve(__dirname, "../../../data/seed/seed-article.de.txt"), "utf8");
let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

function payloadBytes(withGrammar: boolean): number {
  const lexemes: Record<string, ReaderTextLexeme> = {};
  const sentences = analyzeText(input, lexicon).sentences.map((s, index) => {
    const stored: StoredToken[] = s.tokens.map((t) => {
      const key = lexemeKeyOf(t);
      const token: StoredToken = withGrammar ? { ...t } : { ...t, feats: undefined };
      if (!key) return token;
      const lx = `${key.pos}:${key.lemma}`;
      if (!lexemes[lx]) {
        lexemes[lx] = { lemma: key.lemma, pos: key.pos, gloss: t.phrase?.gloss ?? t.gloss ?? null };
        const grammar = withGrammar ? grammarInfoOf(lexicon, key.lemma, key.pos) : {};
        if (Object.keys(grammar).length > 0) lexemes[lx].grammar = grammar;
      }
      return { ...token, lx };
    });
    const tokens = compactTokens(stored, s.start, lexemes);
    return { index, paragraph: 0, content: s.text, translation: null, translationSource: null, tokens };
  });
  return Buffer.byteLength(JSON.stringify({ sentences, lexemes }));
}

describe("reader payload of the seed article", () => {
  it("grows by at most 25 % with the grammar (feats per token, principal parts per lexeme)", () => {
    const without = payloadBytes(false);
    const withGrammar = payloadBytes(true);
    expect(withGrammar).toBeGreaterThan(without);
    expect(withGrammar / without).toBeLessThanOrEqual(1.25);
  });
});
