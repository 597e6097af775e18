"use client";
import { useEffect, useState } from "react";

// The review screen knows the new count after every answer, undo or card-type
// change; the header's badge (rendered once per navigation) listens for it.
const DUE_COUNT_EVENT = "lesefluss:due-count";

/** Tells the header's Review badge how many cards are left today. */
export function publishDueCount(count: number) {
  window.dispatchEvent(new CustomEvent<number>(DUE_COUNT_EVENT, { detail: count }));
}

/** The Review badge: the server's count, then whatever the review screen publishes. Key it by `initial`. */
export function DueBadge({ initial }: { initial: number }) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const onCount = (event: Event) => {
      if (event instanceof CustomEvent && typeof event.detail === "number") setCount(event.detail);
    };
    window.addEventListener(DUE_COUNT_EVENT, onCount);
    return () => window.removeEventListener(DUE_COUNT_EVENT, onCount);
  }, []);
  if (count <= 0) return null;
  return (
    <span className="nav-badge" aria-label={`${count} due`} data-testid="due-badge">
      {count}
    </span>
  );
}
