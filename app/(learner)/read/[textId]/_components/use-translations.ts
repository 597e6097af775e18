"use client";
// Which sentences show their translation: one by one (T, the EN button) or all (⇧T).
import { useCallback, useState } from "react";

export function useTranslations() {
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const toggle = useCallback((sentence: number) => {
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(sentence)) next.delete(sentence);
      else next.add(sentence);
      return next;
    });
  }, []);
  const toggleAll = useCallback(() => setShowAll((v) => !v), []);
  const isShown = useCallback((sentence: number) => showAll || shown.has(sentence), [showAll, shown]);

  return { showAll, toggle, toggleAll, isShown };
}
