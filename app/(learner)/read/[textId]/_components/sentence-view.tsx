"use client";
// The page's text: paragraphs of sentences, each word a focusable span
// coloured by its status, each sentence with its translation toggle.
import { useMemo, type ReactNode } from "react";
import type { ReaderLexeme, ReaderSentence } from "@/lib/core/reading/reader-payload";
import { wordGlossLine } from "./reader-labels";
import { SentencePlay } from "./text-media";
import type { Position } from "./use-roving-focus";

interface ParagraphsProps {
  sentences: ReaderSentence[];
  lexemes: Record<string, ReaderLexeme>;
  /** The first paragraph of the first page is the lead. */
  isFirstPage: boolean;
  rovingTarget: Position | null;
  active: Position | null;
  selection: number[];
  isTranslationShown: (local: number) => boolean;
  onToggleTranslation: (local: number) => void;
}

export function ReaderParagraphs({
  sentences,
  lexemes,
  isFirstPage,
  rovingTarget,
  active,
  selection,
  isTranslationShown,
  onToggleTranslation,
}: ParagraphsProps) {
  const paragraphs = useMemo(() => {
    const groups: { paragraph: number; items: { sentence: ReaderSentence; local: number }[] }[] = [];
    sentences.forEach((sentence, local) => {
      const last = groups[groups.length - 1];
      if (last && last.paragraph === sentence.paragraph) last.items.push({ sentence, local });
      else groups.push({ paragraph: sentence.paragraph, items: [{ sentence, local }] });
    });
    return groups;
  }, [sentences]);

  return paragraphs.map((group) => (
    <p
      key={`${group.paragraph}-${group.items[0]?.local}`}
      className={group.paragraph === 0 && isFirstPage ? "reader-para reader-lead" : "reader-para"}
    >
      {group.items.map(({ sentence, local }) => (
        <SentenceView
          key={sentence.index}
          sentence={sentence}
          local={local}
          lexemes={lexemes}
          rovingToken={rovingTarget && rovingTarget.sentence === local ? rovingTarget.token : -1}
          selection={active?.sentence === local ? selection : []}
          isActive={active?.sentence === local}
          showTranslation={isTranslationShown(local)}
          onToggleTranslation={() => onToggleTranslation(local)}
        />
      ))}
    </p>
  ));
}

interface SentenceViewProps {
  sentence: ReaderSentence;
  local: number;
  lexemes: Record<string, ReaderLexeme>;
  rovingToken: number;
  selection: number[];
  isActive: boolean;
  showTranslation: boolean;
  onToggleTranslation: () => void;
}

function SentenceView({
  sentence,
  local,
  lexemes,
  rovingToken,
  selection,
  isActive,
  showTranslation,
  onToggleTranslation,
}: SentenceViewProps) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  sentence.tokens.forEach((token, i) => {
    if (token.start > cursor) parts.push(sentence.content.slice(cursor, token.start));
    if (token.kind === "word") {
      const lexeme = token.lexemeId ? lexemes[token.lexemeId] : undefined;
      const classes = [
        lexeme ? `w st-${lexeme.status}` : "w w-plain",
        token.phrase ? "w-phrase" : "",
        selection.includes(i) ? "w-selected" : "",
      ]
        .filter(Boolean)
        .join(" ");
      parts.push(
        <span
          key={i}
          className={classes}
          data-s={local}
          data-token-index={i}
          data-lexeme={token.lexemeId}
          data-status={lexeme?.status ?? ""}
          tabIndex={i === rovingToken ? 0 : -1}
          role="button"
        >
          {token.text}
        </span>,
      );
    } else {
      parts.push(token.text);
    }
    cursor = token.start + token.text.length;
  });
  if (cursor < sentence.content.length) parts.push(sentence.content.slice(cursor));
  const translationId = `tr-${sentence.index}`;
  return (
    <>
      <span className={`sentence${isActive ? " sentence-active" : ""}`} data-sentence-index={sentence.index}>
        {parts}
        <SentencePlay index={sentence.index} />
        <button
          type="button"
          className="sent-tool"
          // Not a tab stop: the text stays one stop for keyboard users, who press T on the current sentence.
          tabIndex={-1}
          aria-expanded={showTranslation}
          aria-controls={translationId}
          aria-label={`${showTranslation ? "Hide" : "Show"} translation of sentence ${sentence.index + 1}`}
          title="Translation (T)"
          onClick={(e) => {
            e.stopPropagation();
            onToggleTranslation();
          }}
        >
          EN
        </button>
      </span>
      {showTranslation ? (
        <span id={translationId} className="translation" lang="en" data-testid="translation">
          {sentence.translation ?? (
            <>
              <span className="muted small">Word by word (no translation available): </span>
              {wordGlossLine(sentence)}
            </>
          )}
        </span>
      ) : null}{" "}
    </>
  );
}
