/** Columns of the class dashboard a teacher can sort by. */
export type DashboardSortKey = "name" | "read" | "time" | "lookups" | "cards" | "reviews" | "known";

/** The figures of one learner's dashboard row, one per sortable column. */
export interface SortableDashboardRow {
  name: string;
  /** 0–1: (maxSentence + 1) / sentenceCount, 0 before the learner opened the text. */
  readRatio: number;
  secondsSpent: number;
  /** Distinct words looked up in this text. */
  wordsLookedUp: number;
  /** Cards the learner added for words of this text since the assignment. */
  cardsAdded: number;
  /** Reviews of cards for words of this text since the assignment. */
  reviewsDone: number;
  /** 0–1: share of the text's words (names excluded) known or ignored. */
  knownRatio: number;
}

const VALUE: Record<Exclude<DashboardSortKey, "name">, (row: SortableDashboardRow) => number> = {
  read: (r) => r.readRatio,
  time: (r) => r.secondsSpent,
  lookups: (r) => r.wordsLookedUp,
  cards: (r) => r.cardsAdded,
  reviews: (r) => r.reviewsDone,
  known: (r) => r.knownRatio,
};

/**
 * Sorts dashboard rows by one column; ties fall back to the name (always
 * ascending) so the order is stable between page loads.
 *
 * @example
 * sortDashboardRows(rows, "read", "desc"); // furthest reader first
 */
export function sortDashboardRows<T extends SortableDashboardRow>(
  rows: readonly T[],
  key: DashboardSortKey,
  dir: "asc" | "desc",
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "de");
  return [...rows].sort((a, b) => {
    if (key === "name") return sign * byName(a, b);
    const diff = VALUE[key](a) - VALUE[key](b);
    return diff !== 0 ? sign * diff : byName(a, b);
  });
}
