"use client";
// Roving focus over the words of the page: one word is the tab stop, arrows
// move between words and sentences, and ⇧ extends a phrase selection within
// the active sentence.
import { useCallback, useMemo, useState, type RefObject } from "react";
import type { ReaderSentence } from "@/lib/core/reading/reader-payload";

export interface Position {
  sentence: number; // index into the page's sentences (page-local)
  token: number;
}

/** The word element at a position (the reader's spans carry data-s and data-token-index). */
export function wordElement(container: HTMLElement | null, pos: Position): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`[data-s="${pos.sentence}"][data-token-index="${pos.token}"]`) ?? null;
}

/** The position a word element stands for. */
export function positionOf(el: HTMLElement): Position {
  return { sentence: Number(el.dataset.s), token: Number(el.dataset.tokenIndex) };
}

export function useRovingFocus(sentences: ReaderSentence[], containerRef: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState<Position | null>(null);
  const [selection, setSelection] = useState<number[]>([]);

  const wordPositions = useMemo(() => {
    const list: Position[] = [];
    sentences.forEach((s, si) =>
      s.tokens.forEach((t, ti) => t.kind === "word" && list.push({ sentence: si, token: ti })),
    );
    return list;
  }, [sentences]);

  const focusWord = useCallback((pos: Position) => wordElement(containerRef.current, pos)?.focus(), [containerRef]);

  const goTo = useCallback(
    (next: Position | undefined) => {
      if (!next) return;
      setActive(next);
      focusWord(next);
    },
    [focusWord],
  );

  const moveBy = useCallback(
    (delta: number) => {
      const current = active
        ? wordPositions.findIndex((p) => p.sentence === active.sentence && p.token === active.token)
        : -1;
      goTo(wordPositions[Math.min(wordPositions.length - 1, Math.max(0, current + delta))]);
    },
    [active, wordPositions, goTo],
  );

  const moveSentence = useCallback(
    (delta: number) => {
      const target = Math.min(sentences.length - 1, Math.max(0, (active?.sentence ?? -1) + delta));
      goTo(wordPositions.find((p) => p.sentence === target));
    },
    [active, sentences.length, wordPositions, goTo],
  );

  /** ⇧→: the next word of the active sentence joins the selection (which starts with the active word). */
  const extendSelection = useCallback(() => {
    if (!active) return false;
    const next = wordPositions.find(
      (p) => p.sentence === active.sentence && p.token > Math.max(active.token, ...selection),
    );
    if (next) setSelection((prev) => [...new Set([...(prev.length ? prev : [active.token]), next.token])]);
    return true;
  }, [active, wordPositions, selection]);

  /** ⇧+click on a word of the active sentence; false when the click starts afresh elsewhere. */
  const selectWith = useCallback(
    (pos: Position) => {
      if (!active || active.sentence !== pos.sentence) return false;
      setSelection((prev) => [...new Set([...(prev.length ? prev : [active.token]), pos.token])].sort((a, b) => a - b));
      return true;
    },
    [active],
  );

  const clearSelection = useCallback(() => setSelection([]), []);

  return {
    active,
    setActive,
    selection,
    clearSelection,
    extendSelection,
    selectWith,
    focusWord,
    moveBy,
    moveSentence,
    /** The word that is the text's one tab stop. */
    rovingTarget: active ?? wordPositions[0] ?? null,
  };
}
