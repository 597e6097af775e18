"use client";
// What the reader's keys and panel buttons do to the active word, and
// whether the dictionary panel is open. Every command also tells the look-up
// log what happened (a status change is not a look-up; a card or translation is).
import { useCallback, useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { chapterPage } from "@/lib/core/reading/follow-pages";
import type { ReaderSentence } from "@/lib/core/reading/reader-payload";
import type { WordStatusCode } from "@/lib/core/words/status";
import { speakGerman } from "./speech";
import { useTextMedia } from "./text-media";
import type { ReaderLookups } from "./use-lookup-log";
import { useReaderKeys, type ReaderCommandTargets } from "./use-reader-keys";
import type { Position, useRovingFocus } from "./use-roving-focus";
import type { useTranslations } from "./use-translations";

interface CommandOptions {
  textId: string;
  page: number;
  sentences: ReaderSentence[];
  focus: ReturnType<typeof useRovingFocus>;
  translations: ReturnType<typeof useTranslations>;
  lookups: ReaderLookups;
  setStatus: (lexemeId: string, status: WordStatusCode) => Promise<void>;
  addCard: (sentence: ReaderSentence, tokenIndex: number) => Promise<void>;
}

export function useReaderCommands(options: CommandOptions) {
  const { textId, page, sentences, focus, translations, lookups, setStatus, addCard } = options;
  const [panelOpen, setPanelOpen] = useState(false);
  const media = useTextMedia();
  const router = useRouter();
  const { active, setActive, clearSelection, focusWord, moveBy, moveSentence, extendSelection } = focus;
  const { toggle, toggleAll } = translations;

  const lexemeAt = useCallback(
    (pos: Position | null) => (pos ? sentences[pos.sentence]?.tokens[pos.token]?.lexemeId : undefined),
    [sentences],
  );
  const activeLexemeId = lexemeAt(active);
  // The panel shows the active word: opening it, or moving on while it is open, is a panel opening.
  useEffect(() => {
    if (panelOpen) lookups.panelOpen(activeLexemeId);
    else lookups.panelClose();
  }, [panelOpen, activeLexemeId, lookups]);

  const targets = useMemo<ReaderCommandTargets>(
    () => ({
      active,
      sentences,
      moveBy,
      moveSentence,
      extendSelection,
      openPanel: (pos) => {
        setActive(pos);
        setPanelOpen(true);
      },
      closePanel: () => {
        setPanelOpen(false);
        clearSelection();
        if (active) focusWord(active);
      },
      setStatus: (lexemeId, status) => {
        lookups.noteStatusChange(lexemeId);
        void setStatus(lexemeId, status);
      },
      addCard: (pos) => {
        const sentence = sentences[pos.sentence];
        lookups.notePanelUse(lexemeAt(pos));
        if (sentence) void addCard(sentence, pos.token);
      },
      toggleTranslation: (sentence) => {
        lookups.notePanelUse(activeLexemeId);
        toggle(sentence);
      },
      toggleAllTranslations: toggleAll,
      speakSentence: (pos) => {
        lookups.notePanelUse(lexemeAt(pos));
        // The text's own audio where the sentence has timings, the browser's voice otherwise.
        const sentence = sentences[pos.sentence];
        if (sentence && !media.audio?.playSentence(sentence.index)) speakGerman(sentence.content);
      },
      speakWord: (pos) => {
        const token = sentences[pos.sentence]?.tokens[pos.token];
        lookups.notePanelUse(token?.lexemeId);
        if (token) speakGerman(token.phrase ? token.phrase.lemma : token.text);
      },
      jumpChapter: (delta) => {
        const target = chapterPage(media.media?.sections.map((s) => s.page) ?? [], page, delta);
        if (target === null) return false;
        router.push(`/read/${encodeURIComponent(textId)}?page=${target}`);
        return true;
      },
    }),
    [
      media,
      router,
      textId,
      page,
      active,
      activeLexemeId,
      sentences,
      moveBy,
      moveSentence,
      extendSelection,
      setActive,
      clearSelection,
      focusWord,
      lookups,
      lexemeAt,
      setStatus,
      addCard,
      toggle,
      toggleAll,
    ],
  );
  const onKeyDown = useReaderKeys(targets);

  return { panelOpen, setPanelOpen, activeLexemeId, targets, onKeyDown };
}
