"use client";
// The reader: sentences in paragraphs, every word focusable and coloured by
// its status. Hover/focus tooltips come from the page payload (no network);
// the dictionary panel loads the full entry on click/Enter. Each concern is a
// hook of its own; this component wires them to the page.
import { useCallback, useMemo, useRef, useState } from "react";
import type { ReadingView } from "@/lib/server/data/get-reading-view";
import { expandSentences } from "@/lib/core/reading/reader-payload";
import { WordPanel, type PanelWord } from "./word-panel";
import { finishTextAction, savePhraseAction } from "../actions";
import { FinishBox, Pager, ReaderHead, ReaderToast } from "./reader-chrome";
import { ReaderParagraphs } from "./sentence-view";
import { ReaderTooltip, useTooltip } from "./reader-tooltip";
import { useLookupLog } from "./use-lookup-log";
import { useReaderCommands } from "./use-reader-commands";
import { useReadingProgress } from "./use-reading-progress";
import { useRovingFocus } from "./use-roving-focus";
import { useToast } from "./use-toast";
import { useTranslations } from "./use-translations";
import { useWordEvents } from "./use-word-events";
import { useWordStatuses } from "./use-word-statuses";

export function Reader({ view }: { view: ReadingView }) {
  const { text } = view;
  const readerRef = useRef<HTMLDivElement>(null);
  // Expanded once per page: statuses change in `lexemes` state, words never change.
  const sentences = useMemo(() => expandSentences(view.sentences, view.lexemes), [view.sentences, view.lexemes]);
  const { message, flash } = useToast();
  const words = useWordStatuses(text.id, view.lexemes, flash);
  const { lexemes, counts } = words;
  const focus = useRovingFocus(sentences, readerRef);
  const { active, selection, clearSelection } = focus;
  const translations = useTranslations();
  const lookups = useLookupLog();
  const progress = useReadingProgress({
    textId: text.id,
    savedIndex: view.progress.sentenceIndex,
    firstIndex: sentences[0]?.index ?? 0,
    containerRef: readerRef,
    lookups: lookups.log,
  });
  const { tooltipRef, showTooltip, hideTooltip } = useTooltip({
    sentences,
    lexemes,
    showGrammar: view.settings.showGrammar,
    containerRef: readerRef,
  });
  const { panelOpen, setPanelOpen, activeLexemeId, targets, onKeyDown } = useReaderCommands({
    textId: text.id,
    page: view.page,
    sentences,
    focus,
    translations,
    lookups,
    setStatus: words.setStatus,
    addCard: words.addCard,
  });
  const wordEvents = useWordEvents({
    showTooltip,
    hideTooltip,
    lookups,
    setActive: focus.setActive,
    selectWith: focus.selectWith,
    clearSelection,
    openPanel: targets.openPanel,
    showPanel: () => setPanelOpen(true),
  });
  const [finished, setFinished] = useState(view.progress.finishedAt ? { markedKnown: -1 } : null);

  const savePhrase = useCallback(
    async (meaning: string) => {
      const sentence = active ? sentences[active.sentence] : undefined;
      if (!sentence || selection.length < 2) return;
      lookups.notePanelUse(activeLexemeId);
      const result = await savePhraseAction({
        textId: text.id,
        sentenceIndex: sentence.index,
        tokenIndexes: selection,
        meaning: meaning || undefined,
      });
      if (result.status === "error") return flash("error", result.message);
      clearSelection();
      flash("ok", `Phrase “${result.data.phrase}” added to your review.`);
    },
    [active, activeLexemeId, selection, sentences, text.id, flash, clearSelection, lookups],
  );

  const { reachSentence } = progress;
  const { markRemainingKnown } = words;
  const finish = useCallback(
    async (markKnown: boolean) => {
      reachSentence(sentences[sentences.length - 1]?.index ?? 0);
      const result = await finishTextAction({ textId: text.id, markKnown });
      if (result.status === "error") return flash("error", result.message);
      if (markKnown) markRemainingKnown();
      setFinished(result.data);
    },
    [reachSentence, sentences, text.id, flash, markRemainingKnown],
  );

  const activeSentence = active ? sentences[active.sentence] : undefined;
  const activeToken = active ? activeSentence?.tokens[active.token] : undefined;
  const panelWord: PanelWord | null =
    panelOpen && active && activeSentence && activeToken
      ? {
          textId: text.id,
          sentence: activeSentence,
          tokenIndex: active.token,
          token: activeToken,
          lexeme: activeLexemeId ? lexemes[activeLexemeId] : undefined,
        }
      : null;

  return (
    <main id="main" className="page reader-page">
      <ReaderHead view={view} counts={counts} showAll={translations.showAll} onToggleAll={translations.toggleAll} />
      <ReaderToast message={message} />
      <Pager view={view} />

      <div className={`reader-layout${panelWord ? " with-panel" : ""}`}>
        <div
          className="reader-text"
          data-testid="reader"
          ref={readerRef}
          lang="de"
          onKeyDown={onKeyDown}
          {...wordEvents}
        >
          <ReaderParagraphs
            sentences={sentences}
            lexemes={lexemes}
            isFirstPage={view.page === 1}
            rovingTarget={focus.rovingTarget}
            active={active}
            selection={selection}
            isTranslationShown={translations.isShown}
            onToggleTranslation={translations.toggle}
          />
          <ReaderTooltip tooltipRef={tooltipRef} />
        </div>

        {panelWord && active ? (
          <WordPanel
            // A new word is a new panel: its form state starts from that word.
            key={`${active.sentence}:${active.token}`}
            word={panelWord}
            selection={selection}
            onClose={targets.closePanel}
            onStatus={(status) => activeLexemeId && targets.setStatus(activeLexemeId, status)}
            onAddCard={() => targets.addCard(active)}
            onSavePhrase={(meaning) => void savePhrase(meaning)}
            onMeaningSaved={(lexemeId, meaning) => {
              lookups.notePanelUse(lexemeId);
              words.setMeaning(lexemeId, meaning);
            }}
            onToggleTranslation={() => targets.toggleTranslation(active.sentence)}
          />
        ) : null}
      </div>

      <Pager view={view} />
      {view.page === view.pageCount ? (
        <FinishBox
          finished={finished}
          newCount={counts.new}
          initialMarkKnown={view.settings.markKnownOnFinish}
          onFinish={(markKnown) => void finish(markKnown)}
        />
      ) : null}
    </main>
  );
}
