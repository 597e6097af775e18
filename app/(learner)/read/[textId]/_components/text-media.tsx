"use client";
// A text's media in the reader: the audio bar (play, speed 0.5–1.5×), a play
// control on each sentence that has a timing, the spoken sentence highlighted,
// and a book's chapter list. Provided around the reader; the reader itself
// only places <SentencePlay>, <ChapterJump> and calls useTextMedia() for S.
import { createContext, useContext, useEffect, useId, useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import type { TextMedia } from "@/lib/server/data/get-text-media";
import { pageToFollow } from "@/lib/core/reading/follow-pages";
import { AUDIO_RATES, useSentenceAudio, type SentenceAudio } from "./use-sentence-audio";
import { TimingMarker } from "./timing-marker";
import styles from "./text-media.module.css";

interface TextMediaValue {
  media: TextMedia | null;
  audio: SentenceAudio | null;
}

const MediaContext = createContext<TextMediaValue>({ media: null, audio: null });

const NO_TIMINGS: Record<number, [number, number]> = {};

export function TextMediaProvider({ media, children }: { media: TextMedia | null; children: React.ReactNode }) {
  const audio = useSentenceAudio(media?.timings ?? NO_TIMINGS, Boolean(media?.audio));
  const value = useMemo(() => ({ media, audio }), [media, audio]);
  return (
    <MediaContext.Provider value={value}>
      {children}
      {media?.audio ? (
        <AudioBar src={media.audio.url} audio={audio} textId={media.textId} pageStarts={media.pageStarts}>
          {media.canMarkTimings ? <TimingMarker textId={media.textId} audio={audio} /> : null}
        </AudioBar>
      ) : null}
    </MediaContext.Provider>
  );
}

/** The text's media for the reader: `playSentence(index)` answers false when the sentence has no audio (read it aloud instead). */
export function useTextMedia(): TextMediaValue {
  return useContext(MediaContext);
}

interface AudioBarProps {
  src: string;
  audio: SentenceAudio;
  textId: string;
  pageStarts: number[];
  children?: React.ReactNode;
}

function AudioBar({ src, audio, textId, pageStarts, children }: AudioBarProps) {
  const rateId = useId();
  const router = useRouter();
  const turnedTo = useRef<number | null>(null);
  const { attach, toggle, speaking, isPlaying, rate, setRate } = audio;
  // Follow along: keep the spoken sentence on screen while the audio plays on, turning to the next page when
  // the audio reaches it (this bar, and its <audio>, stay mounted while the page changes).
  useEffect(() => {
    if (speaking === null || !isPlaying) return;
    const element = document.querySelector(`[data-sentence-index="${speaking}"]`);
    if (!element) {
      const shown = [...document.querySelectorAll<HTMLElement>("[data-sentence-index]")].map((el) =>
        Number(el.dataset.sentenceIndex),
      );
      if (shown.length === 0) return; // the next page is still loading
      const page = pageToFollow(pageStarts, Math.max(...shown), speaking);
      if (page !== null && turnedTo.current !== speaking) {
        turnedTo.current = speaking;
        router.push(`/read/${encodeURIComponent(textId)}?page=${page}`);
      }
      return;
    }
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight - 80)
      element.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [speaking, isPlaying, pageStarts, textId, router]);
  return (
    <div className={styles.bar} role="region" aria-label="Audio">
      <audio ref={attach} src={src} preload="metadata" data-testid="text-audio" />
      <button type="button" className="btn" onClick={toggle} aria-pressed={isPlaying}>
        {isPlaying ? "Pause" : "Play"}
      </button>
      <label htmlFor={rateId} className="small">
        Speed
      </label>
      <select id={rateId} value={rate} onChange={(e) => setRate(Number(e.target.value))}>
        {AUDIO_RATES.map((r) => (
          <option key={r} value={r}>
            {r}×
          </option>
        ))}
      </select>
      {children ?? <span className="small muted">S plays the current sentence; ▶ after a sentence plays it.</span>}
    </div>
  );
}

/** The play control after a sentence with a timing (nothing for others); marks the sentence while it is spoken. */
export function SentencePlay({ index }: { index: number }) {
  const { audio } = useTextMedia();
  if (!audio?.canPlay(index)) return null;
  const isSpeaking = audio.speaking === index && audio.isPlaying;
  return (
    <button
      type="button"
      className={`sent-tool ${styles.play}`}
      // Not a tab stop, like the translation toggle: keyboard users press S on the current sentence.
      tabIndex={-1}
      data-speaking={isSpeaking}
      data-span={audio.spanOf(index)}
      aria-label={`Play sentence ${index + 1}`}
      title="Play this sentence (S)"
      onClick={(e) => {
        e.stopPropagation();
        audio.playSentence(index);
      }}
    >
      ▶
    </button>
  );
}

/** A book's chapters in the page navigation: choosing one opens the page it starts on. */
export function ChapterJump({ page }: { page: number }) {
  const { media } = useTextMedia();
  const router = useRouter();
  const id = useId();
  const sections = media?.sections ?? [];
  if (sections.length < 2 || !media) return null;
  // The chapter this page belongs to: the last one starting on or before it.
  const current = sections.reduce((found, s, i) => (s.page <= page ? i : found), 0);
  return (
    <span className={styles.chapters}>
      <label htmlFor={id} className="small muted">
        Chapter
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const target = sections[Number(e.target.value)];
          if (target) router.push(`/read/${encodeURIComponent(media.textId)}?page=${target.page}`);
        }}
      >
        {sections.map((s, i) => (
          <option key={i} value={i}>
            {s.title}
          </option>
        ))}
      </select>
    </span>
  );
}
