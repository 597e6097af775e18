import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sql } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import crypto from "node:crypto";
import { z } from "zod";
import { CardState, LearningStatus } from "@/generated/prisma/enums";
import { toCardColumns, toSchedulingCard, type cardFsrsSelect } from "../mappers/card";
import { fromStoredStatus, toStoredStatus } from "../mappers/word-status";
import { applyRating, formatIntervalLabel } from "@/lib/core/srs/scheduler";
import { RATING_CODE } from "../mappers/review-rating";
import { updateStatusAfterReview } from "@/lib/core/srs/status";
import type { AnswerReviewInput } from "@/lib/validation/review";
import { toSchedulingUser, type schedulingUserSelect } from "../access/review-access";

export interface AnswerResult {
  /** "duplicate": this clientId was answered before; nothing changed. */
  status: "applied" | "duplicate";
  cardId: string;
  clientId: string;
  due: Date;
  intervalLabel: string;
}

// Raised when another answer changed the card first (the guarded update matched nothing).
class CardChangedError extends Error {}

const MAX_ATTEMPTS = 3;

/** The card columns an answer reads, as Prisma types them. */
type AnswerCard = Prisma.CardGetPayload<{
  select: { id: true; lexemeId: true; isLeech: true } & typeof cardFsrsSelect;
}>;
type AnswerUser = Prisma.UserGetPayload<{ select: typeof schedulingUserSelect }>;

// Raw rows may carry timestamps as Date or ISO text depending on the driver path.
const timestamp = z.union([z.date(), z.string()]).transform(asDate);
const int = z.number().int();

/** An earlier answer with the same clientId (all null when there is none). */
const previousAnswerShape = {
  prevCardId: z.string().nullable(),
  prevDueAfter: timestamp.nullable(),
  prevReviewedAt: timestamp.nullable(),
};

/**
 * The one row loadAnswerContext reads, checked field by field: the card
 * (typed as Prisma's select of it), its owner's scheduling settings (as a JSON
 * object, named as in User) and the word's status — or, when the card is not
 * the actor's, only the earlier answer.
 */
const answerContextSchema = z.union([
  z.object({
    id: z.string(),
    lexemeId: z.string(),
    isLeech: z.boolean(),
    due: timestamp,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: int,
    scheduledDays: int,
    learningSteps: int,
    reps: int,
    lapses: int,
    state: z.enum(CardState),
    lastReview: timestamp.nullable(),
    user: z.object({
      timeZone: z.string(),
      dayStartHour: int,
      newCardsPerDay: int,
      maxReviewsPerDay: int,
      desiredRetention: z.number(),
      learningSteps: z.string(),
      enableFuzz: z.boolean(),
      fsrsWeights: z.json(),
    }),
    wordStatus: z.enum(LearningStatus).nullable(),
    wordIsManual: z.boolean().nullable(),
    ...previousAnswerShape,
  }) satisfies z.ZodType<AnswerCard & { user: Omit<AnswerUser, "fsrsWeights"> }>,
  z.object({ id: z.null(), ...previousAnswerShape }),
]);
type AnswerContext = z.output<typeof answerContextSchema>;
type CardContext = Extract<AnswerContext, { id: string }>;

/**
 * Everything an answer needs in ONE round trip: an earlier answer with this
 * clientId, the card (only the actor's), its owner's settings and the word's
 * status. Answers are the hottest write path; each Prisma query costs CPU on
 * top of its round trip.
 */
async function loadAnswerContext(actor: Actor, clientId: string, cardId: string): Promise<AnswerContext> {
  const rows = await sql<unknown>`
    SELECT c."id", c."lexemeId", c."isLeech", c."due", c."stability", c."difficulty", c."elapsedDays",
           c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview",
           CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object(
             'timeZone', u."timeZone", 'dayStartHour', u."dayStartHour", 'newCardsPerDay', u."newCardsPerDay",
             'maxReviewsPerDay', u."maxReviewsPerDay", 'desiredRetention', u."desiredRetention",
             'learningSteps', u."learningSteps", 'enableFuzz', u."enableFuzz", 'fsrsWeights', u."fsrsWeights") END AS "user",
           ws."status" AS "wordStatus", ws."isManual" AS "wordIsManual",
           prev."cardId" AS "prevCardId", prev."dueAfter" AS "prevDueAfter", prev."reviewedAt" AS "prevReviewedAt"
    FROM (SELECT 1) AS one
    LEFT JOIN "Card" c ON c."id" = ${cardId} AND c."userId" = ${actor.id}
    LEFT JOIN "User" u ON u."id" = c."userId"
    LEFT JOIN "WordStatus" ws ON ws."userId" = ${actor.id} AND ws."lexemeId" = c."lexemeId"
    LEFT JOIN "ReviewLog" prev ON prev."userId" = ${actor.id} AND prev."clientId" = ${clientId}`;
  return answerContextSchema.parse(rows[0]);
}

function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function duplicateOf(row: AnswerContext, cardId: string, clientId: string): AnswerResult | null {
  if (!row.prevCardId) return null;
  if (row.prevCardId !== cardId || !row.prevDueAfter || !row.prevReviewedAt) {
    throw new AppError("CONFLICT", "This answer id was already used for another card.");
  }
  const due = row.prevDueAfter;
  return {
    status: "duplicate",
    cardId,
    clientId,
    due,
    intervalLabel: formatIntervalLabel(due.getTime() - row.prevReviewedAt.getTime()),
  };
}

function isUniqueViolation(error: unknown): boolean {
  // The answer's statements run through `sql` (pg): the SQLSTATE is on the error itself.
  if (error instanceof Error && (error as { code?: unknown }).code === "23505") return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  // Raw queries report the database's own code.
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  return meta?.code === "23505" || meta?.driverAdapterError?.cause?.originalCode === "23505";
}

/**
 * Answers a card: the card's new FSRS state, a ReviewLog with the state
 * before (for undo and the optimiser) and the word status, in one
 * transaction. The same `clientId` twice is applied once (a double-submitted
 * answer returns "duplicate"). Foreign and unknown cards are NOT_FOUND.
 *
 * @example
 * await answerReview(actor, { cardId, clientId: crypto.randomUUID(), rating: "good" });
 */
export async function answerReview(
  actor: Actor,
  input: AnswerReviewInput,
  now: Date = new Date(),
): Promise<AnswerResult> {
  const { cardId, clientId, rating, durationMs } = input;

  // A lost race (another answer changed the card, or the same answer was
  // stored first) is retried from the top: the retry either finds this
  // answer already stored (duplicate) or applies it to the card's new state.
  for (let attempt = 1; ; attempt++) {
    const context = await loadAnswerContext(actor, clientId, cardId);
    const previous = duplicateOf(context, cardId, clientId);
    if (previous) return previous;
    try {
      return await applyAnswer(
        actor,
        context,
        { cardId, clientId, rating, durationMs },
        now,
      );
    } catch (error) {
      const isRace = error instanceof CardChangedError || isUniqueViolation(error);
      if (!isRace) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new AppError(
          "CONFLICT",
          "This card was just answered elsewhere. Reload to continue.",
        );
      }
    }
  }
}

/**
 * Card update, ReviewLog (with the state before) and word status in ONE
 * statement — atomic without an interactive transaction. The update is
 * guarded on the state the new one was computed from, and the log insert on
 * (userId, clientId) being new: a concurrent answer makes it match nothing or
 * fail, and the caller retries from a fresh read.
 */
async function applyAnswer(
  actor: Actor,
  context: AnswerContext,
  { cardId, clientId, rating, durationMs }: AnswerReviewInput,
  now: Date,
): Promise<AnswerResult> {
  if (context.id === null) throw notFoundError("That card");
  const card: CardContext = context;
  const user = toSchedulingUser(card.user);
  const before = toSchedulingCard(card);
  const { card: after } = applyRating(before, rating, now, user.settings);
  const next = toCardColumns(after);

  const currentStatus = card.wordStatus === null ? "new" : fromStoredStatus(card.wordStatus);
  const status = updateStatusAfterReview({
    current: currentStatus,
    isManual: card.wordIsManual ?? false,
    card: { state: after.state, stability: after.stability, lapses: after.lapses },
  });
  const fromCode = card.wordStatus ?? LearningStatus.NEW;
  const toCode = toStoredStatus(status.status);
  const writeStatus = card.wordStatus === null || fromCode !== toCode || card.wordIsManual !== status.isManual;
  const writeEvent = fromCode !== toCode;
  const isLeech = card.isLeech || status.isLeech;

  const result = await sql<{ updated: number }>`
    WITH upd AS (
      UPDATE "Card" SET "due" = ${next.due}, "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
        "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
        "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state}::"CardState", "lastReview" = ${next.lastReview},
        "isLeech" = ${isLeech}
      WHERE "id" = ${cardId} AND "userId" = ${actor.id} AND "reps" = ${card.reps} AND "due" = ${card.due}
      RETURNING "id", "lexemeId"
    ), log AS (
      INSERT INTO "ReviewLog" ("id", "userId", "cardId", "clientId", "rating", "reviewedAt", "durationMs",
        "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "elapsedDaysBefore", "scheduledDaysBefore",
        "learningStepsBefore", "repsBefore", "lapsesBefore", "lastReviewBefore", "stateAfter", "dueAfter", "stabilityAfter")
      SELECT ${crypto.randomUUID()}, ${actor.id}, upd."id", ${clientId}, ${RATING_CODE[rating]}::"ReviewRating", ${now}, ${durationMs ?? null}::int,
        ${card.state}::"CardState", ${card.due}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays}, ${card.scheduledDays},
        ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.lastReview}::timestamp(3), ${next.state}::"CardState", ${next.due}, ${next.stability}
      FROM upd
      RETURNING 1
    ), ws AS (
      INSERT INTO "WordStatus" ("userId", "lexemeId", "status", "isManual", "updatedAt")
      SELECT ${actor.id}, upd."lexemeId", ${toCode}::"LearningStatus", ${status.isManual}, ${now} FROM upd WHERE ${writeStatus}::boolean
      ON CONFLICT ("userId", "lexemeId") DO UPDATE
        SET "status" = EXCLUDED."status", "isManual" = EXCLUDED."isManual", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    ), ev AS (
      -- at = the answer's time, which is how undo finds (and removes) this event.
      INSERT INTO "WordStatusEvent" ("id", "userId", "lexemeId", "fromStatus", "toStatus", "at")
      SELECT ${crypto.randomUUID()}, ${actor.id}, upd."lexemeId", ${fromCode}::"LearningStatus", ${toCode}::"LearningStatus", ${now} FROM upd WHERE ${writeEvent}::boolean
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM upd)::int AS "updated", (SELECT count(*) FROM log)::int AS "logged",
           (SELECT count(*) FROM ws)::int AS "statuses", (SELECT count(*) FROM ev)::int AS "events"`;
  if (result[0]?.updated !== 1) throw new CardChangedError();
  return {
    status: "applied" as const,
    cardId,
    clientId,
    due: after.due,
    intervalLabel: formatIntervalLabel(after.due.getTime() - now.getTime()),
  };
}
