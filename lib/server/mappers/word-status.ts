// WordStatus.status (the LearningStatus enum) ↔ the core's status codes (lib/core/words) and scheduling statuses (lib/core/srs).
import { LearningStatus } from "@/generated/prisma/enums";
import type { WordStatus } from "@/lib/core/srs/status";
import { WORD_STATUS, type WordStatusCode } from "@/lib/core/words/status";

const TO_CODE: Record<LearningStatus, WordStatusCode> = {
  NEW: WORD_STATUS.new,
  LEARNING_1: WORD_STATUS.learning1,
  LEARNING_2: WORD_STATUS.learning2,
  LEARNING_3: WORD_STATUS.learning3,
  LEARNING_4: WORD_STATUS.learning4,
  KNOWN: WORD_STATUS.known,
  IGNORED: WORD_STATUS.ignored,
};

const FROM_CODE: Record<WordStatusCode, LearningStatus> = {
  [WORD_STATUS.new]: LearningStatus.NEW,
  [WORD_STATUS.learning1]: LearningStatus.LEARNING_1,
  [WORD_STATUS.learning2]: LearningStatus.LEARNING_2,
  [WORD_STATUS.learning3]: LearningStatus.LEARNING_3,
  [WORD_STATUS.learning4]: LearningStatus.LEARNING_4,
  [WORD_STATUS.known]: LearningStatus.KNOWN,
  [WORD_STATUS.ignored]: LearningStatus.IGNORED,
};

/** Stored status → the code the reader and the core use. */
export function toWordStatusCode(status: LearningStatus): WordStatusCode {
  return TO_CODE[status];
}

/** Core status code → stored status. */
export function toLearningStatus(code: WordStatusCode): LearningStatus {
  return FROM_CODE[code];
}

/** Stored statuses for a list of codes (for `status: { in: … }` filters and SQL `ANY`). */
export function toLearningStatuses(codes: readonly WordStatusCode[]): LearningStatus[] {
  return codes.map(toLearningStatus);
}

/** Scheduling status (lib/core/srs) → stored status. */
export function toStoredStatus(status: WordStatus): LearningStatus {
  if (status === "new") return LearningStatus.NEW;
  if (status === "known") return LearningStatus.KNOWN;
  if (status === "ignored") return LearningStatus.IGNORED;
  return FROM_CODE[status];
}

/** Stored status → scheduling status (lib/core/srs). */
export function fromStoredStatus(status: LearningStatus): WordStatus {
  switch (status) {
    case LearningStatus.LEARNING_1:
      return 1;
    case LearningStatus.LEARNING_2:
      return 2;
    case LearningStatus.LEARNING_3:
      return 3;
    case LearningStatus.LEARNING_4:
      return 4;
    case LearningStatus.KNOWN:
      return "known";
    case LearningStatus.IGNORED:
      return "ignored";
    case LearningStatus.NEW:
      return "new";
  }
}
