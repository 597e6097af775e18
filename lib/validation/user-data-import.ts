// The learner's own JSON export (/api/account/export) read back by the import on /account: only the parts
// that are the learner's learning (settings and goals, word statuses and their history, cards with their
// FSRS state, review history). Ids in the file are never trusted as keys: cards are matched by their word,
// reviews by their client id; lexemes are shared dictionary rows, found by lemma and part of speech.
import { z } from "zod";
import { highlightSpansSchema, reviewSettingsSchema } from "./review";
import { dailyGoalSchema } from "./teach";

/** The largest export file the import reads (an export with many books is mostly their sentences). */
export const MAX_USER_DATA_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per list: far above a real learner's, low enough that one file cannot make a transaction run for minutes. */
export const MAX_USER_DATA_IMPORT_ROWS = 200_000;

const id = z.string().min(1).max(64);
const date = z.iso
  .datetime({ offset: true, error: "Expected a date and time (ISO 8601)." })
  .transform((s) => new Date(s));
const count = z.number().int().min(0).max(1_000_000);
const finite = z.number().min(0).max(1_000_000);
const text = (max: number) => z.string().max(max);
const learningStatus = z.enum(["NEW", "LEARNING_1", "LEARNING_2", "LEARNING_3", "LEARNING_4", "KNOWN", "IGNORED"]);
const cardState = z.enum(["NEW", "LEARNING", "REVIEW", "RELEARNING"]);
const rating = z.enum(["AGAIN", "HARD", "GOOD", "EASY"]);
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_USER_DATA_IMPORT_ROWS, { error: `At most ${MAX_USER_DATA_IMPORT_ROWS} entries.` });

/** A word: its shared lexeme by lemma and part of speech (version 2 files), else by id (version 1). */
const lexemeRef = {
  lexemeId: id,
  lexeme: z.object({ lemma: z.string().trim().min(1).max(200), pos: z.string().trim().min(1).max(20) }).optional(),
};

const settingsSchema = reviewSettingsSchema
  .extend({
    // Stored already normalised ("1m 10m"); the form's own rules apply.
    enableFuzz: z.boolean(),
    fsrsWeights: z.array(z.number().finite()).min(17).max(32).nullable(),
    markKnownOnFinish: z.boolean(),
  })
  .extend(dailyGoalSchema.shape)
  .partial();

const wordStatusSchema = z.object({
  ...lexemeRef,
  status: learningStatus,
  isManual: z.boolean(),
  userMeaning: text(500).nullable(),
  updatedAt: date,
});

const wordStatusEventSchema = z.object({
  ...lexemeRef,
  fromStatus: learningStatus,
  toStatus: learningStatus,
  at: date,
});

const cardSchema = z.object({
  /** Only links the file's reviews to their card. */
  id,
  ...lexemeRef,
  sentenceId: id.nullable(),
  front: text(500),
  back: text(2000),
  userMeaning: text(500).nullable(),
  contextText: text(5000),
  contextTranslation: text(5000).nullable(),
  highlight: highlightSpansSchema.max(50),
  cardType: z.enum(["AUTO", "RECOGNITION", "RECALL", "CLOZE"]),
  origin: z.enum(["READER", "TEACHER"]),
  due: date,
  stability: finite,
  difficulty: z.number().min(0).max(10),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardState,
  lastReview: date.nullable(),
  isLeech: z.boolean(),
  createdAt: date,
});

const reviewLogSchema = z.object({
  cardId: id,
  clientId: id,
  rating,
  reviewedAt: date,
  durationMs: z.number().int().min(0).max(3_600_000).nullable(),
  stateBefore: cardState,
  dueBefore: date,
  stabilityBefore: finite,
  difficultyBefore: z.number().min(0).max(10),
  elapsedDaysBefore: count,
  scheduledDaysBefore: count,
  learningStepsBefore: count,
  repsBefore: count,
  lapsesBefore: count,
  lastReviewBefore: date.nullable(),
  stateAfter: cardState,
  dueAfter: date,
  stabilityAfter: finite,
});

export const userDataImportSchema = z
  .object({
    format: z.literal("lesefluss-export", { error: "This is not a Lesefluss export file." }),
    version: z.union([z.literal(1), z.literal(2)], {
      error: "This export comes from a newer Lesefluss; update first.",
    }),
    profile: settingsSchema.optional(),
    wordStatuses: list(wordStatusSchema).default([]),
    wordStatusEvents: list(wordStatusEventSchema).default([]),
    cards: list(cardSchema).default([]),
    reviewLogs: list(reviewLogSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const cardIds = new Set<string>();
    const words = new Set<string>();
    file.cards.forEach((card, i) => {
      const word = card.lexeme ? `${card.lexeme.lemma}\u0000${card.lexeme.pos}` : card.lexemeId;
      if (cardIds.has(card.id) || words.has(word)) {
        ctx.addIssue({ code: "custom", path: ["cards", i], message: "A second card for the same word." });
      }
      cardIds.add(card.id);
      words.add(word);
    });
    file.reviewLogs.forEach((log, i) => {
      if (!cardIds.has(log.cardId)) {
        ctx.addIssue({
          code: "custom",
          path: ["reviewLogs", i, "cardId"],
          message: "No card in this file has this id.",
        });
      }
    });
  });
export type UserDataImport = z.output<typeof userDataImportSchema>;

/** A problem as the learner reads it: where in the file ("cards[3].due") and what is wrong. */
export function describeImportIssues(error: z.ZodError, max = 20): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const where = issue.path
      .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
      .join("");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
