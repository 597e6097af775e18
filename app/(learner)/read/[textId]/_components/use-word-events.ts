"use client";
// Mouse and focus on the words of the text (one set of handlers on the text,
// not one per word): tooltip on hover and focus, panel on click, ⇧+click for phrases.
import { useMemo, type MouseEvent, type SyntheticEvent } from "react";
import type { ReaderToken } from "@/lib/core/reading/reader-payload";
import type { ReaderLookups } from "./use-lookup-log";
import { positionOf, type Position } from "./use-roving-focus";

/** The word element an event happened on, if any. */
function wordOf(e: SyntheticEvent): HTMLElement | null {
  return (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
}

interface WordEventOptions {
  showTooltip: (el: HTMLElement) => ReaderToken | undefined;
  hideTooltip: (el?: HTMLElement) => void;
  lookups: ReaderLookups;
  setActive: (pos: Position) => void;
  /** ⇧+click: true when the word joined the phrase selection. */
  selectWith: (pos: Position) => boolean;
  clearSelection: () => void;
  openPanel: (pos: Position) => void;
  showPanel: () => void;
}

export function useWordEvents(o: WordEventOptions) {
  const { showTooltip, hideTooltip, lookups, setActive, selectWith, clearSelection, openPanel, showPanel } = o;
  return useMemo(
    () => ({
      onMouseOver: (e: SyntheticEvent) => {
        const el = wordOf(e);
        if (el) lookups.hoverStart(showTooltip(el)?.lexemeId);
      },
      onMouseOut: (e: SyntheticEvent) => {
        const el = wordOf(e);
        if (!el || el === document.activeElement) return;
        hideTooltip(el);
        lookups.hoverEnd();
      },
      onFocus: (e: SyntheticEvent) => {
        const el = wordOf(e);
        if (!el) return;
        setActive(positionOf(el));
        lookups.hoverStart(showTooltip(el)?.lexemeId);
      },
      onBlur: (e: SyntheticEvent) => {
        const el = wordOf(e);
        if (!el) return;
        hideTooltip(el);
        lookups.hoverEnd();
      },
      onClick: (e: MouseEvent<HTMLElement>) => {
        const el = wordOf(e);
        if (!el) return;
        const pos = positionOf(el);
        if (e.shiftKey && selectWith(pos)) return showPanel();
        clearSelection();
        openPanel(pos);
      },
    }),
    [showTooltip, hideTooltip, lookups, setActive, selectWith, clearSelection, openPanel, showPanel],
  );
}
