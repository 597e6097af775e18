"use client";
// The reader: sentences in paragraphs, every word focusable and coloured by
// its status. Hover/focus tooltips come from the page payload (no network);
// the dictionary panel loads the full entry on click/Enter.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReadingView } from "@/lib/server/data/get-reading-view";
import {
  expandSentences,
  type ReaderLexeme,
  type ReaderSentence,
  type ReaderToken,
} from "@/lib/core/reading/reader-payload";
import { phrasePos } from "@/lib/core/import/stored-token";
import { WordPanel, type PanelWord } from "./word-panel";
import { grammarLineOf } from "./grammar-line";
import { ShortcutHelp } from "./shortcut-help";
import { headwordOf } from "@/lib/core/words/headword";
import { isCountableWord } from "@/lib/core/words/countable";
import { statusBucketOf, statusLabelOf, WORD_STATUS } from "@/lib/core/words/status";
import { speakGerman } from "./speech";
import { ChapterJump, SentencePlay, useTextMedia } from "./text-media";
import { addCardAction, finishTextAction, saveProgressAction, savePhraseAction, setWordStatusAction } from "../actions";

const POS_LABELS: Record<string, string> = {
  NOUN: "noun",
  VERB: "verb",
  AUX: "auxiliary verb",
  ADJ: "adjective",
  ADV: "adverb",
  ADP: "preposition",
  DET: "article/determiner",
  PRON: "pronoun",
  PROPN: "name",
  CCONJ: "conjunction",
  SCONJ: "conjunction",
  PART: "particle",
  NUM: "number",
  INTJ: "interjection",
  PHRASE: "phrase",
};

/** What kind of unit a phrase is: a separable verb (annehmen) or an expression ("es gibt", "sich kümmern um"). */
export function phraseLabel(phrase: { lemma: string }): string {
  return phrasePos(phrase.lemma) === "VERB" ? "separable verb" : "expression";
}

export function posLabel(pos: string | undefined): string {
  return pos ? (POS_LABELS[pos] ?? pos.toLowerCase()) : "";
}

interface Position {
  sentence: number; // index into view.sentences (page-local)
  token: number;
}

function glossOf(token: ReaderToken): string | null {
  return token.phrase ? token.phrase.gloss : (token.gloss ?? null);
}

function wordGlossLine(sentence: ReaderSentence): string {
  return sentence.tokens
    .filter((t) => t.kind === "word")
    .map((t) => (t.pos === "PROPN" ? t.text : (glossOf(t)?.split(/[;,]/)[0]?.trim() ?? t.text)))
    .join(" · ");
}

function statusClass(lexeme: ReaderLexeme | undefined): string {
  if (!lexeme) return "w w-plain";
  return `w st-${lexeme.status}`;
}

export function Reader({ view }: { view: ReadingView }) {
  const media = useTextMedia();
  const [lexemes, setLexemes] = useState(view.lexemes);
  const [active, setActive] = useState<Position | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [selection, setSelection] = useState<number[]>([]);
  const [shown, setShown] = useState<Set<number>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [finished, setFinished] = useState<{ markedKnown: number } | null>(
    view.progress.finishedAt ? { markedKnown: -1 } : null,
  );
  const [markKnown, setMarkKnown] = useState(view.settings.markKnownOnFinish);
  const readerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const highlighted = useRef<HTMLElement[]>([]);

  const { text } = view;
  // Expanded once per page: statuses change in `lexemes` state, words never change.
  const sentences = useMemo(() => expandSentences(view.sentences, view.lexemes), [view.sentences, view.lexemes]);
  const isLastPage = view.page === view.pageCount;
  const firstIndex = sentences[0]?.index ?? 0;
  const titleIsFirstSentence = view.page === 1 && sentences[0]?.content.trim() === text.title.trim();

  // ---------- tooltip (imperative: hovering never re-renders the text) ----------
  const clearPhraseHighlight = useCallback(() => {
    for (const el of highlighted.current) el.classList.remove("phrase-hl");
    highlighted.current = [];
  }, []);

  const showTooltip = useCallback(
    (el: HTMLElement) => {
      const tip = tooltipRef.current;
      const container = readerRef.current;
      if (!tip || !container) return;
      const s = Number(el.dataset.s);
      const t = Number(el.dataset.tokenIndex);
      const token = sentences[s]?.tokens[t];
      if (!token) return;
      clearPhraseHighlight();
      if (token.phrase) {
        for (const i of token.phrase.tokenIndexes) {
          const part = container.querySelector<HTMLElement>(`[data-s="${s}"][data-token-index="${i}"]`);
          if (part) {
            part.classList.add("phrase-hl");
            highlighted.current.push(part);
          }
        }
      }
      const lexeme = token.lexemeId ? lexemes[token.lexemeId] : undefined;
      const head = tip.querySelector<HTMLElement>("[data-tip=head]")!;
      const pos = tip.querySelector<HTMLElement>("[data-tip=pos]")!;
      const gloss = tip.querySelector<HTMLElement>("[data-tip=gloss]")!;
      const extra = tip.querySelector<HTMLElement>("[data-tip=extra]")!;
      head.textContent = headwordOf(token);
      pos.textContent = [
        token.phrase
          ? `${phraseLabel(token.phrase)} · “${token.phrase.tokenIndexes.map((i) => sentences[s]?.tokens[i]?.text ?? "").join(" … ")}”`
          : posLabel(token.pos),
        lexeme ? statusLabelOf(lexeme.status) : "",
      ]
        .filter(Boolean)
        .join(" · ");
      gloss.textContent = lexeme?.meaning ?? glossOf(token) ?? (token.pos === "PROPN" ? "(name)" : "no gloss found");
      const extras: string[] = [];
      if (token.phrase && token.lemma && token.lemma !== token.phrase.lemma)
        extras.push(`${token.text}: ${token.lemma}${token.gloss ? ` – ${token.gloss}` : ""}`);
      if (token.compound) {
        extras.push(
          `compound: ${token.compound.parts.join("·")}${token.compound.glosses.some(Boolean) ? ` (${token.compound.glosses.filter(Boolean).join(" + ")})` : ""}`,
        );
      }
      if (token.pos === "NOUN" && token.plural) extras.push(`plural: die ${token.plural}`);
      extra.textContent = extras.join(" · ");
      extra.hidden = extras.length === 0;
      const grammar = tip.querySelector<HTMLElement>("[data-tip=grammar]")!;
      grammar.textContent = (view.settings.showGrammar && grammarLineOf(sentences[s]?.tokens ?? [], t, lexemes)) || "";
      grammar.hidden = !grammar.textContent;
      const box = el.getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      tip.hidden = false;
      const width = tip.offsetWidth;
      const left = Math.min(Math.max(0, box.left - outer.left + box.width / 2 - width / 2), outer.width - width);
      tip.style.left = `${left}px`;
      tip.style.top = `${box.bottom - outer.top + 6}px`;
      el.setAttribute("aria-describedby", "reader-tooltip");
    },
    [sentences, lexemes, clearPhraseHighlight, view.settings.showGrammar],
  );

  const hideTooltip = useCallback(
    (el?: HTMLElement) => {
      if (tooltipRef.current) tooltipRef.current.hidden = true;
      el?.removeAttribute("aria-describedby");
      clearPhraseHighlight();
    },
    [clearPhraseHighlight],
  );

  // ---------- focus management (roving tabindex) ----------
  const focusWord = useCallback((pos: Position) => {
    const el = readerRef.current?.querySelector<HTMLElement>(
      `[data-s="${pos.sentence}"][data-token-index="${pos.token}"]`,
    );
    el?.focus();
  }, []);

  const wordPositions = useMemo(() => {
    const list: Position[] = [];
    sentences.forEach((s, si) =>
      s.tokens.forEach((t, ti) => t.kind === "word" && list.push({ sentence: si, token: ti })),
    );
    return list;
  }, [sentences]);

  const moveBy = useCallback(
    (delta: number) => {
      const current = active
        ? wordPositions.findIndex((p) => p.sentence === active.sentence && p.token === active.token)
        : -1;
      const next = wordPositions[Math.min(wordPositions.length - 1, Math.max(0, current + delta))];
      if (next) {
        setActive(next);
        focusWord(next);
      }
    },
    [active, wordPositions, focusWord],
  );

  const moveSentence = useCallback(
    (delta: number) => {
      const target = Math.min(sentences.length - 1, Math.max(0, (active?.sentence ?? -1) + delta));
      const next = wordPositions.find((p) => p.sentence === target);
      if (next) {
        setActive(next);
        focusWord(next);
      }
    },
    [active, sentences.length, wordPositions, focusWord],
  );

  // ---------- actions ----------
  const activeToken = active ? sentences[active.sentence]?.tokens[active.token] : undefined;

  const flash = useCallback((kind: "ok" | "error", textMessage: string) => {
    setMessage({ kind, text: textMessage });
  }, []);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), message.kind === "ok" ? 3500 : 8000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const setStatus = useCallback(
    async (lexemeId: string, status: number) => {
      const before = lexemes[lexemeId];
      if (!before) return;
      setLexemes((prev) => ({ ...prev, [lexemeId]: { ...prev[lexemeId]!, status } }));
      const result = await setWordStatusAction({ textId: text.id, lexemeId, status });
      if (result.status === "error") {
        setLexemes((prev) => ({ ...prev, [lexemeId]: { ...prev[lexemeId]!, status: before.status } }));
        flash("error", result.message);
      } else {
        flash("ok", `“${before.lemma}” marked ${statusLabelOf(status)}.`);
      }
    },
    [lexemes, text.id, flash],
  );

  const addCard = useCallback(
    async (pos: Position) => {
      const sentence = sentences[pos.sentence];
      const token = sentence?.tokens[pos.token];
      if (!sentence || !token?.lexemeId) return;
      const lexemeId = token.lexemeId;
      const result = await addCardAction({ textId: text.id, sentenceIndex: sentence.index, tokenIndex: pos.token });
      if (result.status === "error") return flash("error", result.message);
      setLexemes((prev) => {
        const l = prev[lexemeId]!;
        return {
          ...prev,
          [lexemeId]: { ...l, hasCard: true, status: l.status === WORD_STATUS.new ? WORD_STATUS.learning1 : l.status },
        };
      });
      flash(
        "ok",
        result.data.created
          ? `“${headwordOf(token)}” added to your review.`
          : `“${headwordOf(token)}” is already in your review.`,
      );
    },
    [sentences, text.id, flash],
  );

  const savePhrase = useCallback(
    async (meaning: string) => {
      if (!active || selection.length < 2) return;
      const sentence = sentences[active.sentence]!;
      const result = await savePhraseAction({
        textId: text.id,
        sentenceIndex: sentence.index,
        tokenIndexes: selection,
        meaning: meaning || undefined,
      });
      if (result.status === "error") return flash("error", result.message);
      setSelection([]);
      flash("ok", `Phrase “${result.data.phrase}” added to your review.`);
    },
    [active, selection, sentences, text.id, flash],
  );

  const toggleTranslation = useCallback((sentence: number) => {
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(sentence)) next.delete(sentence);
      else next.add(sentence);
      return next;
    });
  }, []);

  const openPanel = useCallback((pos: Position) => {
    setActive(pos);
    setPanelOpen(true);
  }, []);

  // ---------- keyboard ----------
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      const lexemeId = activeToken?.lexemeId;
      const handled = (() => {
        switch (key) {
          case "ArrowRight":
            if (event.shiftKey && active) {
              const next = wordPositions.find(
                (p) => p.sentence === active.sentence && p.token > Math.max(active.token, ...selection),
              );
              if (next) setSelection((prev) => [...new Set([...(prev.length ? prev : [active.token]), next.token])]);
              return true;
            }
            moveBy(1);
            return true;
          case "ArrowLeft":
            moveBy(-1);
            return true;
          case "ArrowDown":
            moveSentence(1);
            return true;
          case "ArrowUp":
            moveSentence(-1);
            return true;
          case "Enter":
            if (active) openPanel(active);
            return true;
          case "Escape":
            setPanelOpen(false);
            setSelection([]);
            if (active) focusWord(active);
            return true;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
            if (lexemeId) void setStatus(lexemeId, Number(key));
            return !!lexemeId;
          case "k":
          case "K":
            if (lexemeId) void setStatus(lexemeId, 5);
            return !!lexemeId;
          case "i":
          case "I":
            if (lexemeId) void setStatus(lexemeId, 6);
            return !!lexemeId;
          case "0":
          case "n":
          case "N":
            if (lexemeId) void setStatus(lexemeId, 0);
            return !!lexemeId;
          case "a":
          case "A":
            if (active) void addCard(active);
            return !!active;
          case "t":
            if (active) toggleTranslation(active.sentence);
            return !!active;
          case "T":
            setShowAll((v) => !v);
            return true;
          case "s":
          case "S":
            if (active && !media.audio?.playSentence(sentences[active.sentence]!.index))
              speakGerman(sentences[active.sentence]!.content);
            return !!active;
          case "w":
          case "W":
            if (activeToken) speakGerman(activeToken.phrase ? activeToken.phrase.lemma : activeToken.text);
            return !!activeToken;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    },
    [
      active,
      activeToken,
      moveBy,
      moveSentence,
      openPanel,
      focusWord,
      setStatus,
      addCard,
      toggleTranslation,
      sentences,
      wordPositions,
      selection,
      media,
    ],
  );

  // ---------- reading progress: furthest sentence seen + active time ----------
  const furthest = useRef(view.progress.sentenceIndex);
  const activeSeconds = useRef(0);
  const lastInput = useRef(0);
  useEffect(() => {
    const container = readerRef.current;
    if (!container) return;
    lastInput.current = Date.now();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const index = Number((entry.target as HTMLElement).dataset.sentenceIndex);
          if (index > furthest.current) furthest.current = index;
        }
      },
      { threshold: 1 },
    );
    container.querySelectorAll("[data-sentence-index]").forEach((el) => observer.observe(el));
    const touch = () => (lastInput.current = Date.now());
    window.addEventListener("scroll", touch, { passive: true });
    window.addEventListener("keydown", touch);
    window.addEventListener("pointermove", touch, { passive: true });
    const tick = window.setInterval(() => {
      if (document.visibilityState === "visible" && Date.now() - lastInput.current < 90_000) activeSeconds.current += 1;
    }, 1000);
    let saved = view.progress.sentenceIndex;
    const flush = () => {
      const seconds = Math.min(120, activeSeconds.current);
      if (seconds === 0 && furthest.current === saved) return;
      activeSeconds.current -= seconds;
      saved = furthest.current;
      void saveProgressAction({ textId: text.id, sentenceIndex: furthest.current, seconds });
    };
    const heartbeat = window.setInterval(flush, 15_000);
    const onHide = () => document.visibilityState === "hidden" && flush();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      flush();
      observer.disconnect();
      window.clearInterval(tick);
      window.clearInterval(heartbeat);
      window.removeEventListener("scroll", touch);
      window.removeEventListener("keydown", touch);
      window.removeEventListener("pointermove", touch);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [text.id, view.progress.sentenceIndex]);

  // Resume where the learner left off.
  useEffect(() => {
    const index = view.progress.sentenceIndex;
    if (index > firstIndex) {
      readerRef.current?.querySelector(`[data-sentence-index="${index}"]`)?.scrollIntoView({ block: "center" });
    }
  }, [view.progress.sentenceIndex, firstIndex]);

  const finish = useCallback(async () => {
    furthest.current = Math.max(furthest.current, sentences[sentences.length - 1]?.index ?? 0);
    const result = await finishTextAction({ textId: text.id, markKnown });
    if (result.status === "error") return flash("error", result.message);
    if (markKnown) {
      setLexemes((prev) => {
        const next = { ...prev };
        for (const [id, l] of Object.entries(next))
          if (l.status === WORD_STATUS.new && isCountableWord(l)) next[id] = { ...l, status: WORD_STATUS.known };
        return next;
      });
    }
    setFinished(result.data);
  }, [sentences, text.id, markKnown, flash]);

  // ---------- rendering ----------
  const paragraphs = useMemo(() => {
    const groups: { paragraph: number; items: { sentence: ReaderSentence; local: number }[] }[] = [];
    sentences.forEach((sentence, local) => {
      const last = groups[groups.length - 1];
      if (last && last.paragraph === sentence.paragraph) last.items.push({ sentence, local });
      else groups.push({ paragraph: sentence.paragraph, items: [{ sentence, local }] });
    });
    return groups;
  }, [sentences]);

  const counts = useMemo(() => {
    const c = { new: 0, learning: 0, known: 0 };
    for (const l of Object.values(lexemes)) {
      const bucket = statusBucketOf(l.status);
      if (isCountableWord(l) && bucket !== "ignored") c[bucket]++;
    }
    return c;
  }, [lexemes]);

  const rovingTarget = active ?? wordPositions[0] ?? null;
  const panelWord: PanelWord | null =
    panelOpen && active && activeToken
      ? {
          textId: text.id,
          sentence: sentences[active.sentence]!,
          tokenIndex: active.token,
          token: activeToken,
          lexeme: activeToken.lexemeId ? lexemes[activeToken.lexemeId] : undefined,
        }
      : null;

  return (
    <main id="main" className="page reader-page">
      <div className="reader-head">
        <div>
          <p className="small muted">
            <Link href="/library">← Library</Link>
          </p>
          {/* The headline is usually the text's first sentence: show it once, in the text. */}
          <h1 className={titleIsFirstSentence ? "sr-only" : "reader-title"}>{text.title}</h1>
          <p className="small muted" aria-live="polite">
            {text.wordCount.toLocaleString("en")} words · on this page:{" "}
            <span className="legend st-0">{counts.new} new</span>{" "}
            <span className="legend st-2">{counts.learning} learning</span>{" "}
            <span className="legend st-5">{counts.known} known</span>
          </p>
        </div>
        <div className="reader-tools row">
          <button type="button" className="btn" aria-pressed={showAll} onClick={() => setShowAll((v) => !v)}>
            {showAll ? "Hide translations" : "Show all translations"} <kbd>⇧T</kbd>
          </button>
          <ShortcutHelp />
        </div>
      </div>

      {/* A fixed toast: messages never push the text around while reading. */}
      <p
        className={`reader-toast${message ? ` toast-${message.kind}` : ""}`}
        role="status"
        aria-live="polite"
        data-testid="reader-toast"
      >
        {message?.text ?? ""}
      </p>

      {view.pageCount > 1 ? <Pager view={view} /> : null}

      <div className={`reader-layout${panelWord ? " with-panel" : ""}`}>
        <div
          className="reader-text"
          data-testid="reader"
          ref={readerRef}
          lang="de"
          onKeyDown={onKeyDown}
          onMouseOver={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
            if (el) showTooltip(el);
          }}
          onMouseOut={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
            if (el && el !== document.activeElement) hideTooltip(el);
          }}
          onFocus={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
            if (el) {
              setActive({ sentence: Number(el.dataset.s), token: Number(el.dataset.tokenIndex) });
              showTooltip(el);
            }
          }}
          onBlur={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
            if (el) hideTooltip(el);
          }}
          onClick={(e) => {
            const el = (e.target as HTMLElement).closest<HTMLElement>("[data-token-index]");
            if (!el) return;
            const pos = { sentence: Number(el.dataset.s), token: Number(el.dataset.tokenIndex) };
            if (e.shiftKey && active && active.sentence === pos.sentence) {
              setSelection((prev) =>
                [...new Set([...(prev.length ? prev : [active.token]), pos.token])].sort((a, b) => a - b),
              );
              setPanelOpen(true);
              return;
            }
            setSelection([]);
            openPanel(pos);
          }}
        >
          {paragraphs.map((group) => (
            <p
              key={`${group.paragraph}-${group.items[0]!.local}`}
              className={group.paragraph === 0 && view.page === 1 ? "reader-para reader-lead" : "reader-para"}
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
                  showTranslation={showAll || shown.has(local)}
                  onToggleTranslation={() => toggleTranslation(local)}
                />
              ))}
            </p>
          ))}
          <div id="reader-tooltip" role="tooltip" className="reader-tooltip" ref={tooltipRef} hidden>
            <strong data-tip="head" lang="de" /> <span data-tip="pos" className="tip-pos" />
            <span data-tip="gloss" className="tip-gloss" lang="en" />
            <span data-tip="extra" className="tip-extra" />
            <span data-tip="grammar" className="tip-grammar" lang="de" />
          </div>
        </div>

        {panelWord ? (
          <WordPanel
            // A new word is a new panel: its form state starts from that word.
            key={`${active?.sentence}:${active?.token}`}
            word={panelWord}
            selection={selection}
            onClose={() => {
              setPanelOpen(false);
              setSelection([]);
              if (active) focusWord(active);
            }}
            onStatus={(status) => panelWord.token.lexemeId && void setStatus(panelWord.token.lexemeId, status)}
            onAddCard={() => active && void addCard(active)}
            onSavePhrase={(meaning) => void savePhrase(meaning)}
            onMeaningSaved={(lexemeId, meaning) =>
              setLexemes((prev) => ({ ...prev, [lexemeId]: { ...prev[lexemeId]!, meaning } }))
            }
            onToggleTranslation={() => active && toggleTranslation(active.sentence)}
          />
        ) : null}
      </div>

      {view.pageCount > 1 ? <Pager view={view} /> : null}

      {isLastPage ? (
        <section className="card finish-box" aria-labelledby="finish-heading">
          <h2 id="finish-heading">Finished reading?</h2>
          {finished ? (
            <p role="status">
              {finished.markedKnown >= 0
                ? `Done! ${finished.markedKnown} remaining new words were marked known.`
                : "You have finished this text."}{" "}
              <Link href="/library">Back to your library</Link> · <Link href="/review">Review your words</Link>
            </p>
          ) : (
            <div className="row">
              <label style={{ fontWeight: 400 }}>
                <input type="checkbox" checked={markKnown} onChange={(e) => setMarkKnown(e.target.checked)} /> Mark the
                remaining {counts.new} new words as known
              </label>
              <button type="button" className="btn btn-primary" onClick={() => void finish()}>
                Finish text
              </button>
            </div>
          )}
        </section>
      ) : null}
    </main>
  );
}

function Pager({ view }: { view: ReadingView }) {
  return (
    <nav className="pager row" aria-label="Pages">
      {view.page > 1 ? <Link href={`/read/${view.text.id}?page=${view.page - 1}`}>← Previous page</Link> : <span />}
      <span className="muted small">
        Page {view.page} of {view.pageCount} <ChapterJump page={view.page} />
      </span>
      {view.page < view.pageCount ? (
        <Link href={`/read/${view.text.id}?page=${view.page + 1}`}>Next page →</Link>
      ) : (
        <span />
      )}
    </nav>
  );
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
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  sentence.tokens.forEach((token, i) => {
    if (token.start > cursor) parts.push(sentence.content.slice(cursor, token.start));
    if (token.kind === "word") {
      const lexeme = token.lexemeId ? lexemes[token.lexemeId] : undefined;
      const classes = [statusClass(lexeme), token.phrase ? "w-phrase" : "", selection.includes(i) ? "w-selected" : ""]
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
