import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sql } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import crypto from "node:crypto";
import { toCardColumns, toSchedulingCard } from "../mappers/card";
import { fromStatusCode, toStatusCode } from "../mappers/word-status";
import { applyRating, formatIntervalLabel } from "@/lib/core/srs/scheduler";
import { RATING_CODE } from "../mappers/review-rating";
import { updateStatusAfterReview } from "@/lib/core/srs/status";
import type { AnswerReviewInput } from "@/lib/validation/review";
import { toSchedulingUser } from "../access/review-access";

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

interface AnswerContextRow {
  cardId: string | null;
  lexemeId: string | null;
  isLeech: boolean | null;
  due: Date | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  learningSteps: number | null;
  reps: number | null;
  lapses: number | null;
  state: number | null;
  lastReview: Date | null;
  timeZone: string | null;
  dayStartHour: number | null;
  newCardsPerDay: number | null;
  maxReviewsPerDay: number | null;
  desiredRetention: number | null;
  userLearningSteps: string | null;
  enableFuzz: boolean | null;
  fsrsWeights: unknown;
  wsStatus: number | null;
  wsIsManual: boolean | null;
  prevCardId: string | null;
  prevDueAfter: Date | null;
  prevReviewedAt: Date | null;
}

/**
 * Everything an answer needs in ONE round trip: an earlier answer with this
 * clientId, the card (only the actor's), its owner's settings and the word's
 * status. Answers are the hottest write path; each Prisma query costs CPU on
 * top of its round trip.
 */
async function loadAnswerContext(actor: Actor, clientId: string, cardId: string): Promise<AnswerContextRow> {
  const rows = await sql<AnswerContextRow>`
    SELECT c."id" AS "cardId", c."lexemeId", c."isLeech", c."due", c."stability", c."difficulty", c."elapsedDays",
           c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview",
           u."timeZone", u."dayStartHour", u."newCardsPerDay", u."maxReviewsPerDay", u."desiredRetention",
           u."learningSteps" AS "userLearningSteps", u."enableFuzz", u."fsrsWeights",
           ws."status" AS "wsStatus", ws."isManual" AS "wsIsManual",
           prev."cardId" AS "prevCardId", prev."dueAfter" AS "prevDueAfter", prev."reviewedAt" AS "prevReviewedAt"
    FROM (SELECT 1) AS one
    LEFT JOIN "Card" c ON c."id" = ${cardId} AND c."userId" = ${actor.id}
    LEFT JOIN "User" u ON u."id" = c."userId"
    LEFT JOIN "WordStatus" ws ON ws."userId" = ${actor.id} AND ws."lexemeId" = c."lexemeId"
    LEFT JOIN "ReviewLog" prev ON prev."userId" = ${actor.id} AND prev."clientId" = ${clientId}`;
  return rows[0]!;
}

function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function duplicateOf(row: AnswerContextRow, cardId: string, clientId: string): AnswerResult | null {
  if (!row.prevCardId) return null;
  if (row.prevCardId !== cardId) {
    throw new AppError("CONFLICT", "This answer id was already used for another card.");
  }
  const due = asDate(row.prevDueAfter!);
  return {
    status: "duplicate",
    cardId,
    clientId,
    due,
    intervalLabel: formatIntervalLabel(due.getTime() - asDate(row.prevReviewedAt!).getTime()),
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
  context: AnswerContextRow,
  { cardId, clientId, rating, durationMs }: AnswerReviewInput,
  now: Date,
): Promise<AnswerResult> {
  if (!context.cardId || !context.lexemeId) throw notFoundError("That card");
  const user = toSchedulingUser({
    timeZone: context.timeZone!,
    dayStartHour: context.dayStartHour!,
    newCardsPerDay: context.newCardsPerDay!,
    maxReviewsPerDay: context.maxReviewsPerDay!,
    desiredRetention: context.desiredRetention!,
    learningSteps: context.userLearningSteps!,
    enableFuzz: context.enableFuzz!,
    fsrsWeights: (context.fsrsWeights ?? null) as Prisma.JsonValue,
  });
  const row = {
    due: asDate(context.due!),
    stability: context.stability!,
    difficulty: context.difficulty!,
    elapsedDays: context.elapsedDays!,
    scheduledDays: context.scheduledDays!,
    learningSteps: context.learningSteps!,
    reps: context.reps!,
    lapses: context.lapses!,
    state: context.state!,
    lastReview: context.lastReview ? asDate(context.lastReview) : null,
  };
  const before = toSchedulingCard(row);
  const { card: after } = applyRating(before, rating, now, user.settings);
  const next = toCardColumns(after);

  const currentStatus = context.wsStatus === null ? "new" : fromStatusCode(context.wsStatus);
  const status = updateStatusAfterReview({
    current: currentStatus,
    isManual: context.wsIsManual ?? false,
    card: { state: after.state, stability: after.stability, lapses: after.lapses },
  });
  const fromCode = context.wsStatus ?? toStatusCode("new");
  const toCode = toStatusCode(status.status);
  const writeStatus = context.wsStatus === null || fromCode !== toCode || context.wsIsManual !== status.isManual;
  const writeEvent = fromCode !== toCode;
  const isLeech = (context.isLeech ?? false) || status.isLeech;

  const result = await sql<{ updated: number }>`
    WITH upd AS (
      UPDATE "Card" SET "due" = ${next.due}, "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
        "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
        "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state}, "lastReview" = ${next.lastReview},
        "isLeech" = ${isLeech}
      WHERE "id" = ${cardId} AND "userId" = ${actor.id} AND "reps" = ${row.reps} AND "due" = ${row.due}
      RETURNING "id", "lexemeId"
    ), log AS (
      INSERT INTO "ReviewLog" ("id", "userId", "cardId", "clientId", "rating", "reviewedAt", "durationMs",
        "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "elapsedDaysBefore", "scheduledDaysBefore",
        "learningStepsBefore", "repsBefore", "lapsesBefore", "lastReviewBefore", "stateAfter", "dueAfter", "stabilityAfter")
      SELECT ${crypto.randomUUID()}, ${actor.id}, upd."id", ${clientId}, ${RATING_CODE[rating]}, ${now}, ${durationMs ?? null}::int,
        ${row.state}, ${row.due}, ${row.stability}, ${row.difficulty}, ${row.elapsedDays}, ${row.scheduledDays},
        ${row.learningSteps}, ${row.reps}, ${row.lapses}, ${row.lastReview}::timestamp(3), ${next.state}, ${next.due}, ${next.stability}
      FROM upd
      RETURNING 1
    ), ws AS (
      INSERT INTO "WordStatus" ("userId", "lexemeId", "status", "isManual", "updatedAt")
      SELECT ${actor.id}, upd."lexemeId", ${toCode}, ${status.isManual}, ${now} FROM upd WHERE ${writeStatus}::boolean
      ON CONFLICT ("userId", "lexemeId") DO UPDATE
        SET "status" = EXCLUDED."status", "isManual" = EXCLUDED."isManual", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    ), ev AS (
      -- at = the answer's time, which is how undo finds (and removes) this event.
      INSERT INTO "WordStatusEvent" ("id", "userId", "lexemeId", "fromStatus", "toStatus", "at")
      SELECT ${crypto.randomUUID()}, ${actor.id}, upd."lexemeId", ${fromCode}, ${toCode}, ${now} FROM upd WHERE ${writeEvent}::boolean
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
