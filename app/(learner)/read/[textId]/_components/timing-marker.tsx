"use client";
// For a text with audio but no subtitle timings: its owner listens and marks
// where each sentence starts (button or M); the marks are saved as the
// sentences' timings, and every sentence then plays on its own.
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { commandForKey } from "@/lib/core/reading/reader-keymap";
import type { SentenceAudio } from "./use-sentence-audio";

/** The text-wide index of the sentence after `index` on this page (the first one for null), or null at the page's end. */
function nextSentenceIndex(index: number | null): number | null {
  const shown = [...document.querySelectorAll<HTMLElement>("[data-sentence-index]")].map((el) =>
    Number(el.dataset.sentenceIndex),
  );
  const next = index === null ? shown[0] : shown.find((i) => i > index);
  return next ?? null;
}

export function TimingMarker({ textId, audio }: { textId: string; audio: SentenceAudio }) {
  const router = useRouter();
  const [marks, setMarks] = useState<{ index: number; startMs: number }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { currentMs } = audio;

  const mark = useCallback(() => {
    setMarks((previous) => {
      const last = previous[previous.length - 1];
      const index = nextSentenceIndex(last?.index ?? null);
      const startMs = currentMs();
      if (index === null || (last && startMs <= last.startMs)) return previous;
      return [...previous, { index, startMs }];
    });
  }, [currentMs]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (commandForKey(event)?.type !== "mark-sentence-start") return;
      if ((event.target as HTMLElement).closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      mark();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mark]);

  async function save() {
    const last = marks[marks.length - 1];
    if (!last) return;
    const response = await fetch(`/api/texts/${encodeURIComponent(textId)}/audio/timings`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ marks, endMs: Math.max(currentMs(), last.startMs + 1) }),
    }).catch(() => null);
    if (response?.ok) {
      setMarks([]);
      setMessage("Saved: the marked sentences now play on their own.");
      router.refresh();
    } else {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      setMessage(body?.error ?? "The marks could not be saved.");
    }
  }

  return (
    <span className="row small" role="group" aria-label="Mark sentence starts">
      <button type="button" className="btn" onClick={mark}>
        Mark next sentence start <kbd>M</kbd>
      </button>
      <span aria-live="polite">
        {marks.length} marked{message ? ` · ${message}` : ""}
      </span>
      <button type="button" className="btn" onClick={() => void save()} disabled={marks.length === 0}>
        Save marks (ends the last at the current position)
      </button>
    </span>
  );
}
