/** Daily targets a learner (or teacher) set; absent or 0 means "no goal". */
export interface DailyGoal {
  reviews?: number;
  newWords?: number;
  readingMinutes?: number;
  wordsRead?: number;
}

/** What the learner did in today's study day. */
export interface TodayFigures {
  reviews: number;
  newWords: number;
  readingSeconds: number;
  wordsRead: number;
}

export type GoalKind = keyof DailyGoal;

export interface GoalItemProgress {
  kind: GoalKind;
  target: number;
  done: number;
  /** done / target, capped at 1. */
  ratio: number;
  isMet: boolean;
}

export interface GoalProgress {
  items: GoalItemProgress[];
  /** Mean of the item ratios (each capped, so overdoing one goal can't hide another); 0 without goals. */
  ratio: number;
  /** All set goals met; false when no goal is set. */
  isComplete: boolean;
}

const GOAL_KINDS: readonly GoalKind[] = ["reviews", "newWords", "readingMinutes", "wordsRead"];

function doneFor(kind: GoalKind, today: TodayFigures): number {
  switch (kind) {
    case "reviews":
      return today.reviews;
    case "newWords":
      return today.newWords;
    case "readingMinutes":
      // Whole minutes, so "10 of 10 min" doesn't show while 9:59 have passed.
      return Math.floor(today.readingSeconds / 60);
    case "wordsRead":
      return today.wordsRead;
  }
}

/**
 * Progress towards today's goals.
 *
 * @example
 * computeGoalProgress({ reviews: 50, readingMinutes: 10 }, { reviews: 25, newWords: 3, readingSeconds: 720, wordsRead: 900 });
 * // { items: [{ kind: "reviews", target: 50, done: 25, ratio: 0.5, isMet: false },
 * //           { kind: "readingMinutes", target: 10, done: 12, ratio: 1, isMet: true }],
 * //   ratio: 0.75, isComplete: false }
 */
export function computeGoalProgress(goal: DailyGoal, today: TodayFigures): GoalProgress {
  const items: GoalItemProgress[] = [];
  for (const kind of GOAL_KINDS) {
    const target = goal[kind];
    if (target === undefined || !(target > 0)) continue;
    const done = doneFor(kind, today);
    const ratio = Math.min(1, done / target);
    items.push({ kind, target, done, ratio, isMet: done >= target });
  }
  const ratio = items.length === 0 ? 0 : items.reduce((sum, item) => sum + item.ratio, 0) / items.length;
  return { items, ratio, isComplete: items.length > 0 && items.every((item) => item.isMet) };
}
