"use client";
// The audio read along with a text: plays one sentence's span (its subtitle
// timing), or on from where it is, and reports which sentence is being spoken.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export const AUDIO_RATES = [0.5, 0.75, 1, 1.25, 1.5] as const;

export interface SentenceAudio {
  /** Callback ref for the <audio> element (rendered by the audio bar). */
  attach: (element: HTMLAudioElement | null) => void;
  hasAudio: boolean;
  /** Does this sentence (text-wide index) have a timing to play? */
  canPlay: (sentenceIndex: number) => boolean;
  /** "startMs-endMs" of a sentence's span, or undefined. */
  spanOf: (sentenceIndex: number) => string | undefined;
  /** Plays only this sentence's span; false when it has none (or there is no audio). */
  playSentence: (sentenceIndex: number) => boolean;
  /** The playing position in ms (0 before the audio is there). */
  currentMs: () => number;
  /** Play on from the current position, or pause. */
  toggle: () => void;
  isPlaying: boolean;
  /** The sentence whose span holds the playing position, or null. */
  speaking: number | null;
  rate: number;
  setRate: (rate: number) => void;
}

/** The sentence being spoken at `ms`: of the spans that hold it, the one that began last (spans may overlap). */
export function sentenceAt(spans: readonly (readonly [number, number, number])[], ms: number): number | null {
  let found: number | null = null;
  for (const [index, start, end] of spans) {
    if (start > ms) break;
    if (ms < end) found = index;
  }
  return found;
}

export function useSentenceAudio(timings: Record<number, [number, number]>, hasAudio: boolean): SentenceAudio {
  // The element lives in a ref (callbacks read it); `attached` re-runs the effects when it changes.
  const element = useRef<HTMLAudioElement | null>(null);
  const [attached, setAttached] = useState(0);
  const attach = useCallback((next: HTMLAudioElement | null) => {
    element.current = next;
    setAttached((n) => n + 1);
  }, []);
  const stopAt = useRef<number | null>(null);
  const [isPlaying, setIsPlaying] = useState(false);
  const [speaking, setSpeaking] = useState<number | null>(null);
  const [rate, setRateState] = useState(1);
  // [index, startMs, endMs] by start, for the look-up while playing.
  const spans = useMemo(
    () =>
      Object.entries(timings)
        .map(([index, [start, end]]) => [Number(index), start, end] as const)
        .sort((a, b) => a[1] - b[1]),
    [timings],
  );

  // While playing: follow the position every frame (timeupdate fires only ~4 times a second, too late to stop a sentence).
  useEffect(() => {
    if (!isPlaying) return;
    let frame = 0;
    const tick = () => {
      const audio = element.current;
      if (!audio) return;
      const ms = audio.currentTime * 1000;
      if (stopAt.current !== null && ms >= stopAt.current) {
        stopAt.current = null;
        audio.pause();
        return;
      }
      setSpeaking(sentenceAt(spans, ms));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [attached, isPlaying, spans]);

  useEffect(() => {
    const audio = element.current;
    if (!audio) return;
    const onPlay = () => setIsPlaying(true);
    const onPause = () => setIsPlaying(false);
    audio.addEventListener("play", onPlay);
    audio.addEventListener("pause", onPause);
    audio.addEventListener("ended", onPause);
    return () => {
      audio.removeEventListener("play", onPlay);
      audio.removeEventListener("pause", onPause);
      audio.removeEventListener("ended", onPause);
    };
  }, [attached]);

  const canPlay = useCallback((index: number) => hasAudio && timings[index] !== undefined, [hasAudio, timings]);

  const spanOf = useCallback((index: number) => timings[index]?.join("-"), [timings]);

  const playSentence = useCallback(
    (index: number) => {
      const audio = element.current;
      const span = timings[index];
      if (!hasAudio || !audio || !span) return false;
      stopAt.current = span[1];
      audio.currentTime = span[0] / 1000;
      setSpeaking(index);
      audio.play().catch((error: unknown) => console.error("audio playback failed", error));
      return true;
    },
    [hasAudio, timings],
  );

  const currentMs = useCallback(() => Math.round((element.current?.currentTime ?? 0) * 1000), []);

  const toggle = useCallback(() => {
    const audio = element.current;
    if (!audio) return;
    if (!audio.paused) return audio.pause();
    stopAt.current = null;
    audio.play().catch((error: unknown) => console.error("audio playback failed", error));
  }, []);

  const setRate = useCallback((next: number) => {
    const clamped = Math.min(1.5, Math.max(0.5, next));
    setRateState(clamped);
    if (element.current) element.current.playbackRate = clamped;
  }, []);

  return { attach, hasAudio, canPlay, spanOf, playSentence, currentMs, toggle, isPlaying, speaking, rate, setRate };
}
