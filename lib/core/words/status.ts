// The learner's status of a word, as stored (WordStatus.status) and as the
// reader colours it: 0 new, 1–4 learning levels, 5 known, 6 ignored. Defined
// once here; SQL, server and reader all read these names instead of numbers.

export const WORD_STATUS = {
  new: 0,
  learning1: 1,
  learning2: 2,
  learning3: 3,
  learning4: 4,
  known: 5,
  ignored: 6,
} as const;

export type WordStatusCode = (typeof WORD_STATUS)[keyof typeof WORD_STATUS];

export const LEARNING_STATUS_CODES: readonly WordStatusCode[] = [1, 2, 3, 4];

/** Statuses that take a word off the "to learn" list (known or deliberately ignored). */
export const SETTLED_STATUS_CODES: readonly WordStatusCode[] = [WORD_STATUS.known, WORD_STATUS.ignored];

export const STATUS_LABELS: Record<WordStatusCode, string> = {
  0: "new",
  1: "learning 1",
  2: "learning 2",
  3: "learning 3",
  4: "learning 4",
  5: "known",
  6: "ignored",
};

/**
 * A stored number as a status code, or null when it is none.
 * @example toWordStatusCode(5); // 5 (known)
 */
export function toWordStatusCode(value: number): WordStatusCode | null {
  return Number.isInteger(value) && value >= 0 && value <= 6 ? (value as WordStatusCode) : null;
}

/** The label of any stored status; unknown codes read as "new". */
export function statusLabelOf(code: number): string {
  return STATUS_LABELS[toWordStatusCode(code) ?? WORD_STATUS.new];
}

/** A word counted in a text's progress bar: new, learning or known (ignored words drop out). */
export type StatusBucket = "new" | "learning" | "known" | "ignored";

/** @example statusBucketOf(3); // "learning" */
export function statusBucketOf(code: number): StatusBucket {
  if (code === WORD_STATUS.known) return "known";
  if (code === WORD_STATUS.ignored) return "ignored";
  return LEARNING_STATUS_CODES.includes(code as WordStatusCode) ? "learning" : "new";
}
