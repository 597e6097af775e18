"use client";
// Carries out the keymap's commands on the active word; the keys themselves
// are a table in lib/core/reading/reader-keymap.ts.
import { useCallback, type KeyboardEvent } from "react";
import { commandForKey, type ReaderCommand } from "@/lib/core/reading/reader-keymap";
import type { ReaderSentence } from "@/lib/core/reading/reader-payload";
import type { WordStatusCode } from "@/lib/core/words/status";
import type { Position } from "./use-roving-focus";

export interface ReaderCommandTargets {
  active: Position | null;
  sentences: ReaderSentence[];
  moveBy(delta: number): void;
  moveSentence(delta: number): void;
  /** False when there is no active word to extend from. */
  extendSelection(): boolean;
  openPanel(pos: Position): void;
  closePanel(): void;
  setStatus(lexemeId: string, status: WordStatusCode): void;
  addCard(pos: Position): void;
  toggleTranslation(sentence: number): void;
  toggleAllTranslations(): void;
  speakSentence(pos: Position): void;
  speakWord(pos: Position): void;
  /** False when the text has no chapter that way. */
  jumpChapter(delta: 1 | -1): boolean;
}

/** Runs one command; false when it does not apply here (no active word), so the key keeps its default. */
export function runReaderCommand(command: ReaderCommand, t: ReaderCommandTargets): boolean {
  const { active } = t;
  const lexemeId = active ? t.sentences[active.sentence]?.tokens[active.token]?.lexemeId : undefined;
  switch (command.type) {
    case "extend-selection":
      if (!t.extendSelection()) t.moveBy(1);
      return true;
    case "move-word":
      t.moveBy(command.delta);
      return true;
    case "move-sentence":
      t.moveSentence(command.delta);
      return true;
    case "open-panel":
      if (active) t.openPanel(active);
      return true;
    case "close-panel":
      t.closePanel();
      return true;
    case "set-status":
      if (lexemeId) t.setStatus(lexemeId, command.status);
      return !!lexemeId;
    case "toggle-all-translations":
      t.toggleAllTranslations();
      return true;
    case "jump-chapter":
      return t.jumpChapter(command.delta);
    case "mark-sentence-start":
      // The timing marker hears M on the whole page (also after pressing Play); nothing for the text itself.
      return false;
  }
  if (!active) return false;
  if (command.type === "add-card") t.addCard(active);
  else if (command.type === "toggle-translation") t.toggleTranslation(active.sentence);
  else if (command.type === "speak-sentence") t.speakSentence(active);
  else t.speakWord(active);
  return true;
}

export function useReaderKeys(targets: ReaderCommandTargets) {
  return useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      const command = commandForKey(event);
      if (command && runReaderCommand(command, targets)) event.preventDefault();
    },
    [targets],
  );
}
