import "server-only";
// Shared pieces of the review use cases: the card access filter (built once,
// STYLE: data access) and the acting user's scheduling settings.
import { Prisma } from "@/generated/prisma/client";
import { sql } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { toSchedulerSettings } from "../mappers/card";
import type { SchedulerSettings } from "@/lib/core/srs/scheduler";

/** Cards an actor may read, answer, change or export: only their own (teacher-made cards are copied to each learner). */
export function ownedCardWhere(actor: Actor): Prisma.CardWhereInput {
  return { userId: actor.id };
}

/** Review logs of the actor. */
export function ownedReviewLogWhere(actor: Actor): Prisma.ReviewLogWhereInput {
  return { userId: actor.id };
}

export const schedulingUserSelect = {
  timeZone: true,
  dayStartHour: true,
  newCardsPerDay: true,
  maxReviewsPerDay: true,
  desiredRetention: true,
  learningSteps: true,
  enableFuzz: true,
  fsrsWeights: true,
} as const satisfies Prisma.UserSelect;

export interface SchedulingUser {
  timeZone: string;
  dayStartHour: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  settings: SchedulerSettings;
}

type SchedulingUserRow = Prisma.UserGetPayload<{ select: typeof schedulingUserSelect }>;

export function toSchedulingUser(row: SchedulingUserRow): SchedulingUser {
  return {
    timeZone: row.timeZone,
    dayStartHour: row.dayStartHour,
    newCardsPerDay: row.newCardsPerDay,
    maxReviewsPerDay: row.maxReviewsPerDay,
    settings: toSchedulerSettings(row),
  };
}

// The column list of schedulingUserSelect, so the raw statement reads exactly the fields the row type names.
const schedulingUserColumns = Prisma.raw(
  Object.keys(schedulingUserSelect)
    .map((column) => `"${column}"`)
    .join(", "),
);

/**
 * The actor's scheduling settings; a session whose user was deleted is no longer signed in. This runs on every
 * page (the header's due count), so it goes straight to the pool; a transaction that needs them selects
 * schedulingUserSelect with its own rows (answerReview).
 */
export async function loadSchedulingUser(actor: Actor): Promise<SchedulingUser> {
  const [row] = await sql<SchedulingUserRow>`SELECT ${schedulingUserColumns} FROM "User" WHERE "id" = ${actor.id}`;
  if (!row) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return toSchedulingUser(row);
}
