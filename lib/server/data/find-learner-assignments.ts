import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { enrolledClassWhere } from "../access/class-access";
import { computeReadShare } from "@/lib/core/progress/figure-definitions";
import { findSentenceLengths } from "./find-sentence-lengths";

/**
 * Assignments of the classes the actor is enrolled in (or of one of them,
 * `classId`), with the actor's own reading progress: open ones first
 * (soonest due first), finished ones last.
 */
export async function findLearnerAssignments(actor: Actor, now = new Date(), classId?: string) {
  const assignments = await db.assignment.findMany({
    where: { class: enrolledClassWhere(actor), ...(classId === undefined ? {} : { classId }) },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    take: 50,
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      class: { select: { name: true } },
      text: {
        select: {
          id: true,
          title: true,
          sentenceCount: true,
          progress: {
            where: { userId: actor.id },
            select: { maxSentence: true, secondsSpent: true, finishedAt: true },
          },
        },
      },
    },
  });
  const lengths = await findSentenceLengths(actor, [...new Set(assignments.map((a) => a.text.id))]);
  const items = assignments.map((a) => {
    const progress = a.text.progress[0];
    // The same "read" as the teacher's dashboard: reached, with time enough for each sentence's length.
    const readRatio = progress
      ? computeReadShare(lengths.get(a.text.id) ?? [], progress.maxSentence, progress.secondsSpent)
      : 0;
    const isFinished = Boolean(progress?.finishedAt) || readRatio >= 1;
    return {
      id: a.id,
      textId: a.text.id,
      textTitle: a.text.title,
      className: a.class.name,
      dueAt: a.dueAt,
      note: a.note,
      readRatio,
      isFinished,
      isOverdue: a.dueAt !== null && a.dueAt.getTime() < now.getTime() && !isFinished,
    };
  });
  // Stable sort keeps the due-date order within each group.
  return items.sort((a, b) => Number(a.isFinished) - Number(b.isFinished));
}
