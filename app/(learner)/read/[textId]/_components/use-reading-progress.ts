"use client";
// Reading progress: the furthest sentence fully on screen and the seconds of
// active reading (visible tab, input within 90 s), sent as a heartbeat every
// 15 s and when the page is hidden or left, together with the look-ups made
// since the last one. Also scrolls back to where the learner left off.
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { LookupLog } from "@/lib/core/progress/lookup-log";
import { saveProgressAction } from "../actions";

const HEARTBEAT_MS = 15_000;
const IDLE_AFTER_MS = 90_000;
/** The most seconds one report may carry (the server's limit). */
const MAX_SECONDS_PER_REPORT = 120;

interface ProgressOptions {
  textId: string;
  /** The sentence the learner had reached when the page loaded. */
  savedIndex: number;
  /** The first sentence of this page. */
  firstIndex: number;
  containerRef: RefObject<HTMLElement | null>;
  lookups: LookupLog;
}

export function useReadingProgress({ textId, savedIndex, firstIndex, containerRef, lookups }: ProgressOptions) {
  const furthest = useRef(savedIndex);
  const activeSeconds = useRef(0);
  const lastInput = useRef(0);

  useEffect(() => {
    const container = containerRef.current;
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
      if (document.visibilityState === "visible" && Date.now() - lastInput.current < IDLE_AFTER_MS)
        activeSeconds.current += 1;
    }, 1000);
    let saved = savedIndex;
    /** `leaving`: the page is hidden or closed, so an open tooltip or panel is judged now. */
    const flush = (leaving: boolean) => {
      const seconds = Math.min(MAX_SECONDS_PER_REPORT, activeSeconds.current);
      const batch = lookups.drain(performance.now(), leaving);
      if (seconds === 0 && furthest.current === saved && batch.length === 0) return;
      activeSeconds.current -= seconds;
      saved = furthest.current;
      saveProgressAction({
        textId,
        sentenceIndex: furthest.current,
        seconds,
        ...(batch.length ? { lookups: batch } : {}),
      }).catch(() => lookups.restore(batch)); // offline: the look-ups go with the next heartbeat
    };
    const heartbeat = window.setInterval(() => flush(false), HEARTBEAT_MS);
    const onHide = () => document.visibilityState === "hidden" && flush(true);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      flush(true);
      observer.disconnect();
      window.clearInterval(tick);
      window.clearInterval(heartbeat);
      window.removeEventListener("scroll", touch);
      window.removeEventListener("keydown", touch);
      window.removeEventListener("pointermove", touch);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [textId, savedIndex, containerRef, lookups]);

  // Resume where the learner left off.
  useEffect(() => {
    if (savedIndex > firstIndex) {
      containerRef.current?.querySelector(`[data-sentence-index="${savedIndex}"]`)?.scrollIntoView({ block: "center" });
    }
  }, [savedIndex, firstIndex, containerRef]);

  /** "Finish text": the whole page counts as reached. */
  const reachSentence = useCallback((index: number) => {
    furthest.current = Math.max(furthest.current, index);
  }, []);

  return { reachSentence };
}
