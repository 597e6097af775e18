import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { schedulingUserSelect } from "../access/review-access";

/** 2: cards and word-status events name their word (lemma, part of speech), so the file imports into another installation. */
export const EXPORT_FORMAT_VERSION = 2;

/**
 * Everything stored about the actor, as plain JSON (GDPR-style export):
 * profile and settings (never the password hash), own texts with their
 * sentences, word statuses and their history, cards, review logs, reading
 * progress and time, lookups, classes taught and joined, and job records.
 * Every query is scoped by the actor's id.
 */
export async function exportUserData(actor: Actor) {
  // Sequential on purpose: the embedded server serialises one request's statements anyway.
  const profile = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      ...schedulingUserSelect,
      markKnownOnFinish: true,
      dailyGoalReviews: true,
      dailyGoalWords: true,
      createdAt: true,
    },
  });
  if (!profile) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  const userId = actor.id;
  const texts = await db.text.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      source: true,
      sourceUrl: true,
      language: true,
      status: true,
      wordCount: true,
      sentenceCount: true,
      createdAt: true,
      sentences: { orderBy: { index: "asc" }, select: { index: true, paragraph: true, content: true, translation: true, translationSource: true } },
      glossOverrides: { select: { lexemeId: true, gloss: true, updatedAt: true } },
    },
  });
  const lexeme = { select: { lemma: true, pos: true } } as const;
  const wordStatuses = await db.wordStatus.findMany({
    where: { userId },
    select: { lexemeId: true, lexeme, status: true, isManual: true, userMeaning: true, updatedAt: true },
  });
  const wordStatusEvents = await db.wordStatusEvent.findMany({
    where: { userId },
    orderBy: { at: "asc" },
    select: { lexemeId: true, lexeme, fromStatus: true, toStatus: true, at: true },
  });
  const cards = await db.card.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    omit: { userId: true },
    include: { lexeme },
  });
  const reviewLogs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" }, omit: { userId: true } });
  const readingProgress = await db.readingProgress.findMany({ where: { userId }, omit: { userId: true } });
  const readingEvents = await db.readingEvent.findMany({ where: { userId }, orderBy: { at: "asc" }, omit: { userId: true } });
  const lookups = await db.lookupEvent.findMany({ where: { userId }, orderBy: { at: "asc" }, omit: { userId: true } });
  const classesTaught = await db.class.findMany({
    where: { teacherId: userId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      assignments: { select: { id: true, textId: true, dueAt: true, note: true, createdAt: true } },
      _count: { select: { enrollments: true } },
    },
  });
  const enrollments = await db.enrollment.findMany({
    where: { userId },
    select: { classId: true, joinedAt: true, class: { select: { name: true } } },
  });
  const importJobs = await db.importJob.findMany({ where: { userId }, omit: { userId: true } });
  const optimizerJobs = await db.optimizerJob.findMany({ where: { userId }, omit: { userId: true } });
  return {
    format: "lesefluss-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    profile,
    texts,
    wordStatuses,
    wordStatusEvents,
    cards,
    reviewLogs,
    readingProgress,
    readingEvents,
    lookups,
    classesTaught,
    enrollments,
    importJobs,
    optimizerJobs,
  };
}

export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>;
