/**
 * Word status (the reader's colouring: 1–4 learning levels, known, ignored)
 * follows the card's memory, so reading and reviewing tell the same story.
 *
 * Policy, decided here once:
 * - "ignored" is the learner's choice and reviews never touch it.
 * - A status the learner set by hand is never LOWERED by reviews (they may
 *   know the word when reading even if a card lapses); reviews can still
 *   raise it.
 * - A status that came from reviews tracks memory both ways: a lapse that
 *   drops stability drops the status too — including "known" — because
 *   otherwise the reader would hide a word the learner has just forgotten.
 */
import type { CardState } from "./scheduler";

export type WordStatus = "new" | 1 | 2 | 3 | 4 | "known" | "ignored";

/** Lapses from which a card counts as a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;
/** Stability (days) from which a word counts as known. */
export const KNOWN_STABILITY_DAYS = 21;

// Upper stability bounds (days, exclusive) for levels 1–3; 4 runs up to KNOWN_STABILITY_DAYS.
const LEVEL_BOUNDS: readonly [number, 1 | 2 | 3][] = [
  [2, 1],
  [7, 2],
  [14, 3],
];

export interface StatusCardInput {
  state: CardState;
  stability: number;
  lapses: number;
}

/**
 * Status implied by a card's memory alone: any card is at least level 1 (the
 * learner chose to learn the word), then levels by stability, "known" from
 * {@link KNOWN_STABILITY_DAYS}.
 *
 * @example
 * statusFromCard({ state: "review", stability: 9, lapses: 0 }); // 3
 * statusFromCard({ state: "review", stability: 30, lapses: 1 }); // "known"
 */
export function statusFromCard(card: StatusCardInput): Exclude<WordStatus, "new" | "ignored"> {
  if (card.state === "new") return 1;
  if (card.stability >= KNOWN_STABILITY_DAYS) {
    // A card still in (re)learning steps isn't "known" whatever its stability says.
    return card.state === "review" ? "known" : 4;
  }
  for (const [bound, level] of LEVEL_BOUNDS) {
    if (card.stability < bound) return level;
  }
  return 4;
}

/**
 * Order of statuses for comparison: new < 1 < 2 < 3 < 4 < known.
 * "ignored" has no rank (-1): it is outside the scale.
 *
 * @example
 * rankWordStatus(3) < rankWordStatus("known"); // true
 */
export function rankWordStatus(status: WordStatus): number {
  switch (status) {
    case "ignored":
      return -1;
    case "new":
      return 0;
    case "known":
      return 5;
    default:
      return status;
  }
}

/**
 * Whether a card keeps failing and should be flagged (and maybe suspended).
 *
 * @example
 * isLeech({ lapses: 8 }); // true
 */
export function isLeech(card: { lapses: number }): boolean {
  return card.lapses >= LEECH_LAPSES;
}

export interface StatusAfterReview {
  status: WordStatus;
  /** Whether the resulting status is still the learner's own (manual) setting. */
  isManual: boolean;
  isLeech: boolean;
}

/**
 * Word status after a review, given the card as it is AFTER the answer.
 * See the policy at the top of this file.
 *
 * @example
 * updateStatusAfterReview({ current: 2, isManual: false, card: { state: "review", stability: 25, lapses: 0 } });
 * // { status: "known", isManual: false, isLeech: false }
 * updateStatusAfterReview({ current: "known", isManual: true, card: { state: "relearning", stability: 1, lapses: 1 } });
 * // { status: "known", isManual: true, isLeech: false }
 */
export function updateStatusAfterReview(input: {
  current: WordStatus;
  isManual: boolean;
  card: StatusCardInput;
}): StatusAfterReview {
  const leech = isLeech(input.card);
  if (input.current === "ignored") return { status: "ignored", isManual: input.isManual, isLeech: leech };
  const derived = statusFromCard(input.card);
  if (input.isManual && rankWordStatus(input.current) >= rankWordStatus(derived)) {
    return { status: input.current, isManual: true, isLeech: leech };
  }
  return { status: derived, isManual: false, isLeech: leech };
}
