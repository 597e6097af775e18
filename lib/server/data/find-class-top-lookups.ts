import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { getClassById } from "./get-class-by-id";
import { parseIdOrNotFound } from "../parse-input";

/**
 * The words the class's learners looked up most. Only look-ups in texts
 * assigned to this class count: what a learner reads on their own is
 * theirs, not the teacher's business.
 */
export async function findClassTopLookups(actor: Actor, classId: string, limit = 15) {
  const id = parseIdOrNotFound(idSchema, classId, "That class");
  await getClassById(actor, id);
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({ where: { classId: id }, select: { userId: true } }),
    db.assignment.findMany({ where: { classId: id }, select: { textId: true } }),
  ]);
  const learnerIds = enrollments.map((e) => e.userId);
  const textIds = [...new Set(assignments.map((a) => a.textId))];
  if (learnerIds.length === 0 || textIds.length === 0) return [];
  const pairs = await db.lookupEvent.groupBy({
    by: ["lexemeId", "userId"],
    where: { userId: { in: learnerIds }, textId: { in: textIds } },
    _count: { _all: true },
  });
  const byLexeme = new Map<string, { lookups: number; learners: number }>();
  for (const pair of pairs) {
    const entry = byLexeme.get(pair.lexemeId) ?? { lookups: 0, learners: 0 };
    entry.lookups += pair._count._all;
    entry.learners += 1;
    byLexeme.set(pair.lexemeId, entry);
  }
  const top = [...byLexeme.entries()]
    .sort(([, a], [, b]) => b.learners - a.learners || b.lookups - a.lookups)
    .slice(0, limit);
  const lexemes = await db.lexeme.findMany({
    where: { id: { in: top.map(([lexemeId]) => lexemeId) } },
    select: { id: true, lemma: true, pos: true, gloss: true },
  });
  const lexemeById = new Map(lexemes.map((l) => [l.id, l]));
  return top.flatMap(([lexemeId, figures]) => {
    const lexeme = lexemeById.get(lexemeId);
    return lexeme ? [{ lexemeId, lemma: lexeme.lemma, pos: lexeme.pos, gloss: lexeme.gloss, ...figures }] : [];
  });
}
