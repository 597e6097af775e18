"use client";
// The hover/focus tooltip. Imperative on purpose: hovering writes into one
// element and never re-renders the text. Everything comes from the page payload.
import { useCallback, useRef, type RefObject } from "react";
import type { ReaderLexeme, ReaderSentence, ReaderToken } from "@/lib/core/reading/reader-payload";
import { headwordOf } from "@/lib/core/words/headword";
import { statusLabelOf } from "@/lib/core/words/status";
import { grammarLineOf } from "./grammar-line";
import { glossOf, phraseLabel, posLabel } from "./reader-labels";
import { positionOf, wordElement } from "./use-roving-focus";

export const TOOLTIP_ID = "reader-tooltip";

export function ReaderTooltip({ tooltipRef }: { tooltipRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div id={TOOLTIP_ID} role="tooltip" className="reader-tooltip" ref={tooltipRef} hidden>
      <strong data-tip="head" lang="de" /> <span data-tip="pos" className="tip-pos" />
      <span data-tip="gloss" className="tip-gloss" lang="en" />
      <span data-tip="extra" className="tip-extra" />
      <span data-tip="grammar" className="tip-grammar" lang="de" />
    </div>
  );
}

function setPart(tip: HTMLElement, name: string, text: string, hideEmpty = false) {
  const part = tip.querySelector<HTMLElement>(`[data-tip=${name}]`);
  if (!part) return;
  part.textContent = text;
  if (hideEmpty) part.hidden = !text;
}

/** "compound: Haus·tür (house + door)", "plural: die Häuser", the separated verb part's own lemma. */
function extrasOf(token: ReaderToken): string[] {
  const extras: string[] = [];
  if (token.phrase && token.lemma && token.lemma !== token.phrase.lemma)
    extras.push(`${token.text}: ${token.lemma}${token.gloss ? ` – ${token.gloss}` : ""}`);
  if (token.compound) {
    const glosses = token.compound.glosses.filter(Boolean);
    extras.push(`compound: ${token.compound.parts.join("·")}${glosses.length ? ` (${glosses.join(" + ")})` : ""}`);
  }
  if (token.pos === "NOUN" && token.plural) extras.push(`plural: die ${token.plural}`);
  return extras;
}

interface TooltipOptions {
  sentences: ReaderSentence[];
  lexemes: Record<string, ReaderLexeme>;
  showGrammar: boolean;
  containerRef: RefObject<HTMLElement | null>;
}

export function useTooltip({ sentences, lexemes, showGrammar, containerRef }: TooltipOptions) {
  const tooltipRef = useRef<HTMLDivElement>(null);
  const highlighted = useRef<HTMLElement[]>([]);

  const clearPhraseHighlight = useCallback(() => {
    for (const el of highlighted.current) el.classList.remove("phrase-hl");
    highlighted.current = [];
  }, []);

  /** Shows the tooltip under a word element; returns the word's token (undefined when it is none). */
  const showTooltip = useCallback(
    (el: HTMLElement): ReaderToken | undefined => {
      const tip = tooltipRef.current;
      const container = containerRef.current;
      if (!tip || !container) return undefined;
      const { sentence: s, token: t } = positionOf(el);
      const tokens = sentences[s]?.tokens ?? [];
      const token = tokens[t];
      if (!token) return undefined;
      clearPhraseHighlight();
      for (const i of token.phrase?.tokenIndexes ?? []) {
        const part = wordElement(container, { sentence: s, token: i });
        if (part) {
          part.classList.add("phrase-hl");
          highlighted.current.push(part);
        }
      }
      const lexeme = token.lexemeId ? lexemes[token.lexemeId] : undefined;
      const kind = token.phrase
        ? `${phraseLabel(token.phrase)} · “${token.phrase.tokenIndexes.map((i) => tokens[i]?.text ?? "").join(" … ")}”`
        : posLabel(token.pos);
      setPart(tip, "head", headwordOf(token));
      setPart(tip, "pos", [kind, lexeme ? statusLabelOf(lexeme.status) : ""].filter(Boolean).join(" · "));
      setPart(tip, "gloss", lexeme?.meaning ?? glossOf(token) ?? (token.pos === "PROPN" ? "(name)" : "no gloss found"));
      setPart(tip, "extra", extrasOf(token).join(" · "), true);
      setPart(tip, "grammar", (showGrammar && grammarLineOf(tokens, t, lexemes)) || "", true);
      const box = el.getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      tip.hidden = false;
      const width = tip.offsetWidth;
      const left = Math.min(Math.max(0, box.left - outer.left + box.width / 2 - width / 2), outer.width - width);
      tip.style.left = `${left}px`;
      tip.style.top = `${box.bottom - outer.top + 6}px`;
      el.setAttribute("aria-describedby", TOOLTIP_ID);
      return token;
    },
    [sentences, lexemes, showGrammar, containerRef, clearPhraseHighlight],
  );

  const hideTooltip = useCallback(
    (el?: HTMLElement) => {
      if (tooltipRef.current) tooltipRef.current.hidden = true;
      el?.removeAttribute("aria-describedby");
      clearPhraseHighlight();
    },
    [clearPhraseHighlight],
  );

  return { tooltipRef, showTooltip, hideTooltip };
}
