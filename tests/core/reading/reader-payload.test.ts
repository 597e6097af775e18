import { describe, expect, it } from "vitest";
import {
  compactTokens,
  expandTokens,
  withClassCorrections,
  type ReaderLexeme,
} from "@/lib/core/reading/reader-payload";
import type { StoredToken } from "@/lib/core/import/stored-token";
import { WORD_STATUS } from "@/lib/core/words/status";

const phrase = { lemma: "annehmen", tokenIndexes: [1, 5], gloss: "to accept" };
const stored: StoredToken[] = [
  { text: "Er", start: 100, end: 102, kind: "word", lemma: "er", pos: "PRON", gloss: "he", lx: "er" },
  {
    text: "nimmt",
    start: 103,
    end: 108,
    kind: "word",
    lemma: "nehmen",
    pos: "VERB",
    gloss: "to take",
    lx: "annehmen",
    phrase,
  },
  { text: "die", start: 109, end: 112, kind: "word", lemma: "der", pos: "DET", gloss: "the", lx: "der" },
  {
    text: "Kremlsprecher",
    start: 113,
    end: 126,
    kind: "word",
    lemma: "Kremlsprecher",
    pos: "NOUN",
    gloss: "Kremlin spokesman",
    article: "der",
    plural: "Kremlsprecher",
    compound: {
      parts: ["Kreml", "sprecher"],
      glosses: ["Kremlin", "spokesman"],
      gloss: "Kremlin spokesman",
      derived: true,
    },
    lx: "ks",
  },
  { text: "Xyzzy", start: 127, end: 132, kind: "word", lemma: "Xyzzy", pos: "X", gloss: null },
  {
    text: "an",
    start: 133,
    end: 135,
    kind: "word",
    lemma: "an",
    pos: "ADP",
    gloss: "to accept",
    lx: "annehmen",
    phrase,
  },
  { text: ".", start: 135, end: 136, kind: "punct" },
];

function lexemes(): Record<string, ReaderLexeme> {
  const base = { status: WORD_STATUS.new, meaning: null, hasCard: false };
  return {
    er: { lemma: "er", pos: "PRON", gloss: "he", ...base },
    annehmen: { lemma: "annehmen", pos: "VERB", gloss: "to accept", ...base },
    der: { lemma: "der", pos: "DET", gloss: "the", ...base },
    ks: { lemma: "Kremlsprecher", pos: "NOUN", gloss: "Kremlin spokesman", ...base },
  };
}

describe("compact reader tokens", () => {
  it("round-trips every field the reader shows", () => {
    const lx = lexemes();
    const compact = compactTokens(stored, 100, lx);
    const expanded = expandTokens(compact, lx);
    expect(expanded[0]).toEqual({
      text: "Er",
      start: 0,
      kind: "word",
      lexemeId: "er",
      lemma: "er",
      pos: "PRON",
      gloss: "he",
    });
    expect(expanded[1]).toEqual({
      text: "nimmt",
      start: 3,
      kind: "word",
      lexemeId: "annehmen",
      lemma: "nehmen",
      pos: "VERB",
      gloss: "to take",
      phrase: { lemma: "annehmen", gloss: "to accept", tokenIndexes: [1, 5] },
    });
    expect(expanded[3]).toMatchObject({
      article: "der",
      plural: "Kremlsprecher",
      compound: { parts: ["Kreml", "sprecher"], glosses: ["Kremlin", "spokesman"] },
      gloss: "Kremlin spokesman",
    });
    expect(expanded[4]).toEqual({ text: "Xyzzy", start: 27, kind: "word", lemma: "Xyzzy", pos: "X", gloss: null });
    expect(expanded[5]).toMatchObject({
      text: "an",
      lemma: "an",
      pos: "ADP",
      gloss: "to accept",
      phrase: { lemma: "annehmen" },
    });
    expect(expanded[6]).toEqual({ text: ".", start: 35, kind: "punct" });
  });

  it("sends what a word shares with its lexeme once, not per occurrence", () => {
    const lx = lexemes();
    const compact = compactTokens(stored, 100, lx);
    expect(compact[3]).toEqual({ t: "Kremlsprecher", s: 13, x: "ks" });
    expect(compact[0]).toEqual({ t: "Er", s: 0, x: "er" });
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(stored).length / 2);
  });
});

describe("the phrase gloss chosen in context", () => {
  it("keeps a sentence's phrase sense when the shared lexeme holds the context-free gloss", () => {
    const inContext = { ...phrase, gloss: "to accept, adopt" };
    const tokens = stored.map((t) => (t.phrase ? { ...t, phrase: inContext } : t));
    const lx = lexemes();
    const compact = compactTokens(tokens, 100, lx);
    expect(compact[1]?.pg).toBe("to accept, adopt");
    const expanded = expandTokens(compact, lx);
    expect(expanded[1]?.phrase?.gloss).toBe("to accept, adopt");
    expect(lx.annehmen?.gloss).toBe("to accept");
  });

  it("sends nothing extra when the phrase gloss is the lexeme's", () => {
    const compact = compactTokens(stored, 100, lexemes());
    expect(compact[1]?.pg).toBeUndefined();
  });

  it("a class correction of the phrase replaces the sentence's phrase sense", () => {
    const inContext = { ...phrase, gloss: "to accept, adopt" };
    const tokens = stored.map((t) => (t.phrase ? { ...t, phrase: inContext } : t));
    const lx = lexemes();
    const page = {
      sentences: [
        {
          index: 0,
          paragraph: 0,
          content: "",
          translation: null,
          translationSource: null,
          tokens: compactTokens(tokens, 100, lx),
        },
      ],
      lexemes: lx,
    };
    const corrected = withClassCorrections(page, { glosses: { annehmen: "to take up" }, translations: {} });
    const withLearner = Object.fromEntries(
      Object.entries(corrected.lexemes).map(([id, l]) => [
        id,
        { ...l, status: WORD_STATUS.new, meaning: null, hasCard: false },
      ]),
    );
    const expanded = expandTokens(corrected.sentences[0]!.tokens, withLearner);
    expect(expanded[1]?.phrase?.gloss).toBe("to take up");
    expect(expanded[1]?.gloss).toBe("to take");
  });
});
