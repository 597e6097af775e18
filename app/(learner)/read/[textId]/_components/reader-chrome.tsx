"use client";
// The parts around the text: the head with the page's word counts, the
// message line, the pager and the "Finished reading?" box.
import Link from "next/link";
import { useState } from "react";
import type { ReadingView } from "@/lib/server/data/get-reading-view";
import { ShortcutHelp } from "./shortcut-help";
import { ChapterJump } from "./text-media";
import type { ToastMessage } from "./use-toast";

interface HeadProps {
  view: ReadingView;
  counts: { new: number; learning: number; known: number };
  showAll: boolean;
  onToggleAll: () => void;
}

export function ReaderHead({ view, counts, showAll, onToggleAll }: HeadProps) {
  const { text } = view;
  const first = view.sentences[0];
  const titleIsFirstSentence = view.page === 1 && first?.content.trim() === text.title.trim();
  return (
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
        <button type="button" className="btn" aria-pressed={showAll} onClick={onToggleAll}>
          {showAll ? "Hide translations" : "Show all translations"} <kbd>⇧T</kbd>
        </button>
        <ShortcutHelp />
      </div>
    </div>
  );
}

/** A fixed toast: messages never push the text around while reading. */
export function ReaderToast({ message }: { message: ToastMessage | null }) {
  return (
    <p
      className={`reader-toast${message ? ` toast-${message.kind}` : ""}`}
      role="status"
      aria-live="polite"
      data-testid="reader-toast"
    >
      {message?.text ?? ""}
    </p>
  );
}

export function Pager({ view }: { view: ReadingView }) {
  if (view.pageCount <= 1) return null;
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

interface FinishProps {
  /** Set when the text is finished: how many words were marked known (-1: finished on an earlier visit). */
  finished: { markedKnown: number } | null;
  newCount: number;
  initialMarkKnown: boolean;
  onFinish: (markKnown: boolean) => void;
}

export function FinishBox({ finished, newCount, initialMarkKnown, onFinish }: FinishProps) {
  const [markKnown, setMarkKnown] = useState(initialMarkKnown);
  return (
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
            remaining {newCount} new words as known
          </label>
          <button type="button" className="btn btn-primary" onClick={() => onFinish(markKnown)}>
            Finish text
          </button>
        </div>
      )}
    </section>
  );
}
