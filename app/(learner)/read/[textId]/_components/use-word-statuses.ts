"use client";
// The learner's words on this page (status, own meaning, card), changed
// optimistically: the colour changes at once and goes back if the server says no.
import { useCallback, useMemo, useState } from "react";
import type { ReaderLexeme, ReaderSentence } from "@/lib/core/reading/reader-payload";
import { headwordOf } from "@/lib/core/words/headword";
import { isCountableWord } from "@/lib/core/words/countable";
import { statusBucketOf, statusLabelOf, WORD_STATUS, type WordStatusCode } from "@/lib/core/words/status";
import { addCardAction, setWordStatusAction } from "../actions";

type Flash = (kind: "ok" | "error", text: string) => void;
type Lexemes = Record<string, ReaderLexeme>;

function patch(prev: Lexemes, lexemeId: string, change: (l: ReaderLexeme) => Partial<ReaderLexeme>): Lexemes {
  const lexeme = prev[lexemeId];
  return lexeme ? { ...prev, [lexemeId]: { ...lexeme, ...change(lexeme) } } : prev;
}

export function useWordStatuses(textId: string, initial: Lexemes, flash: Flash) {
  const [lexemes, setLexemes] = useState(initial);

  const setStatus = useCallback(
    async (lexemeId: string, status: WordStatusCode) => {
      const before = lexemes[lexemeId];
      if (!before) return;
      setLexemes((prev) => patch(prev, lexemeId, () => ({ status })));
      const result = await setWordStatusAction({ textId, lexemeId, status });
      if (result.status === "error") {
        setLexemes((prev) => patch(prev, lexemeId, () => ({ status: before.status })));
        flash("error", result.message);
      } else {
        flash("ok", `“${before.lemma}” marked ${statusLabelOf(status)}.`);
      }
    },
    [lexemes, textId, flash],
  );

  const addCard = useCallback(
    async (sentence: ReaderSentence, tokenIndex: number) => {
      const token = sentence.tokens[tokenIndex];
      const lexemeId = token?.lexemeId;
      if (!token || !lexemeId) return;
      const result = await addCardAction({ textId, sentenceIndex: sentence.index, tokenIndex });
      if (result.status === "error") return flash("error", result.message);
      // A new word with a card is being learned (the server does the same).
      setLexemes((prev) =>
        patch(prev, lexemeId, (l) => ({
          hasCard: true,
          status: l.status === WORD_STATUS.new ? WORD_STATUS.learning1 : l.status,
        })),
      );
      const headword = headwordOf(token);
      flash(
        "ok",
        result.data.created ? `“${headword}” added to your review.` : `“${headword}” is already in your review.`,
      );
    },
    [textId, flash],
  );

  const setMeaning = useCallback((lexemeId: string, meaning: string | null) => {
    setLexemes((prev) => patch(prev, lexemeId, () => ({ meaning })));
  }, []);

  /** After "Finish text" with "mark the rest known": what the server marked. */
  const markRemainingKnown = useCallback(() => {
    setLexemes((prev) => {
      const next = { ...prev };
      for (const [id, l] of Object.entries(next))
        if (l.status === WORD_STATUS.new && isCountableWord(l)) next[id] = { ...l, status: WORD_STATUS.known };
      return next;
    });
  }, []);

  const counts = useMemo(() => {
    const c = { new: 0, learning: 0, known: 0 };
    for (const l of Object.values(lexemes)) {
      const bucket = statusBucketOf(l.status);
      if (isCountableWord(l) && bucket !== "ignored") c[bucket]++;
    }
    return c;
  }, [lexemes]);

  return { lexemes, counts, setStatus, addCard, setMeaning, markRemainingKnown };
}
