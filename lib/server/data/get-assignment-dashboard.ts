import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { taughtAssignmentWhere } from "../access/class-access";
import { NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { SETTLED_STATUS_CODES } from "@/lib/core/words/status";
import { toLearningStatuses } from "../mappers/word-status";
import { parseIdOrNotFound } from "../parse-input";
import type { SortableDashboardRow } from "@/lib/core/progress/sort-dashboard-rows";
import { computeReadShare } from "@/lib/core/progress/figure-definitions";
import { findSentenceLengths } from "./find-sentence-lengths";

export interface DashboardRow extends SortableDashboardRow {
  learnerId: string;
  isFinished: boolean;
  isOverdue: boolean;
  lastReadAt: Date | null;
}

/**
 * One row per learner enrolled in the class, for one assignment of a class
 * the actor teaches (NOT_FOUND otherwise). Every figure is about the
 * assigned text only: cards and reviews count only words that occur in it,
 * so the teacher sees the assignment, not the learner's whole study life.
 */
export async function getAssignmentDashboard(actor: Actor, assignmentId: string, now = new Date()) {
  const id = parseIdOrNotFound(idSchema, assignmentId, "That assignment");
  const assignment = await db.assignment.findFirst({
    where: { id, ...taughtAssignmentWhere(actor) },
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      class: { select: { id: true, name: true } },
      text: { select: { id: true, title: true, sentenceCount: true, isShared: true, ownerId: true } },
    },
  });
  if (!assignment) throw notFoundError("That assignment");
  const textId = assignment.text.id;
  const since = assignment.createdAt;

  const enrollments = await db.enrollment.findMany({
    where: { classId: assignment.class.id },
    select: { user: { select: { id: true, name: true } } },
  });
  const learnerIds = enrollments.map((e) => e.user.id);
  const inText = { textLexemes: { some: { textId } } };

  const [progress, lookups, cards, reviews, wordTotal, known, sentenceLengths] = await Promise.all([
    db.readingProgress.findMany({
      where: { textId, userId: { in: learnerIds } },
      select: { userId: true, maxSentence: true, secondsSpent: true, finishedAt: true, lastReadAt: true },
    }),
    db.lookupEvent.groupBy({
      by: ["userId", "lexemeId"],
      where: { textId, userId: { in: learnerIds } },
    }),
    db.card.groupBy({
      by: ["userId"],
      where: { userId: { in: learnerIds }, origin: "READER", createdAt: { gte: since }, lexeme: inText },
      _count: { _all: true },
    }),
    db.reviewLog.groupBy({
      by: ["userId"],
      where: { userId: { in: learnerIds }, reviewedAt: { gte: since }, card: { lexeme: inText } },
      _count: { _all: true },
    }),
    db.textLexeme.count({ where: { textId, lexeme: { pos: { notIn: [...NOT_A_WORD_POS] } } } }),
    db.wordStatus.groupBy({
      by: ["userId"],
      where: {
        userId: { in: learnerIds },
        status: { in: toLearningStatuses(SETTLED_STATUS_CODES) },
        lexeme: { pos: { notIn: [...NOT_A_WORD_POS] }, ...inText },
      },
      _count: { _all: true },
    }),
    findSentenceLengths(actor, [textId]),
  ]);

  const progressBy = new Map(progress.map((p) => [p.userId, p]));
  const lookupsBy = new Map<string, number>();
  for (const l of lookups) lookupsBy.set(l.userId, (lookupsBy.get(l.userId) ?? 0) + 1);
  const cardsBy = new Map(cards.map((c) => [c.userId, c._count._all]));
  const reviewsBy = new Map(reviews.map((r) => [r.userId, r._count._all]));
  const knownBy = new Map(known.map((k) => [k.userId, k._count._all]));
  const sentenceCount = assignment.text.sentenceCount;
  const lengths = sentenceLengths.get(textId) ?? [];
  const isPastDue = assignment.dueAt !== null && assignment.dueAt.getTime() < now.getTime();

  const rows: DashboardRow[] = enrollments.map(({ user }) => {
    const p = progressBy.get(user.id);
    // Read: sentences reached with time enough for their length, not just on screen once.
    const readRatio = p ? computeReadShare(lengths, p.maxSentence, p.secondsSpent) : 0;
    const isFinished = Boolean(p?.finishedAt) || readRatio >= 1;
    return {
      learnerId: user.id,
      name: user.name,
      readRatio,
      secondsSpent: p?.secondsSpent ?? 0,
      wordsLookedUp: lookupsBy.get(user.id) ?? 0,
      cardsAdded: cardsBy.get(user.id) ?? 0,
      reviewsDone: reviewsBy.get(user.id) ?? 0,
      knownRatio: wordTotal > 0 ? Math.min(1, (knownBy.get(user.id) ?? 0) / wordTotal) : 0,
      isFinished,
      isOverdue: isPastDue && !isFinished,
      lastReadAt: p?.lastReadAt ?? null,
    };
  });

  return {
    assignment: {
      id: assignment.id,
      dueAt: assignment.dueAt,
      note: assignment.note,
      createdAt: assignment.createdAt,
      isPastDue,
    },
    klass: assignment.class,
    text: {
      id: textId,
      title: assignment.text.title,
      sentenceCount,
      wordCount: wordTotal,
      isOwned: assignment.text.ownerId === actor.id,
    },
    rows,
  };
}
