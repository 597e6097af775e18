import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { idSchema } from "@/lib/validation/teach";
import { PRE_TEACH_POS, taughtAssignmentWhere } from "../access/class-access";
import { SETTLED_STATUS_CODES } from "@/lib/core/words/status";
import { toLearningStatuses } from "../mappers/word-status";
import { parseIdOrNotFound } from "../parse-input";
import { isPreTeachCandidate } from "@/lib/core/progress/figure-definitions";

export interface PreTeachingWord {
  lexemeId: string;
  lemma: string;
  pos: string;
  gender: string | null;
  gloss: string | null;
  /** Occurrences in the text (TextLexeme.count). */
  count: number;
  /** Enrolled learners who don't know the word yet (not known, not ignored). */
  unknownCount: number;
  /** Enrolled learners who already have a card for it (they won't get another). */
  withCardCount: number;
}

/**
 * Words of an assigned text that most of the class doesn't know yet (more
 * than half of the enrolled learners), most frequent in the text first.
 * Content words only (nouns, verbs, adjectives, adverbs), never names
 * (isPreTeachCandidate). NOT_FOUND unless
 * the actor teaches the assignment's class.
 */
export async function findPreTeachingWords(actor: Actor, assignmentId: string, limit = 30) {
  const id = parseIdOrNotFound(idSchema, assignmentId, "That assignment");
  const assignment = await db.assignment.findFirst({
    where: { id, ...taughtAssignmentWhere(actor) },
    select: { textId: true, classId: true },
  });
  if (!assignment) throw notFoundError("That assignment");
  const { textId } = assignment;
  const [enrollments, textLexemes, overrides] = await Promise.all([
    db.enrollment.findMany({ where: { classId: assignment.classId }, select: { userId: true } }),
    db.textLexeme.findMany({
      where: { textId, lexeme: { pos: { in: PRE_TEACH_POS } } },
      orderBy: { count: "desc" },
      select: { count: true, lexeme: { select: { id: true, lemma: true, pos: true, gender: true, gloss: true } } },
    }),
    db.glossOverride.findMany({ where: { textId }, select: { lexemeId: true, gloss: true } }),
  ]);
  const learnerIds = enrollments.map((e) => e.userId);
  if (learnerIds.length === 0) return { learnerCount: 0, words: [] as PreTeachingWord[] };
  const lexemeIds = textLexemes.map((t) => t.lexeme.id);
  const [known, cards] = await Promise.all([
    db.wordStatus.groupBy({
      by: ["lexemeId"],
      where: { userId: { in: learnerIds }, lexemeId: { in: lexemeIds }, status: { in: toLearningStatuses(SETTLED_STATUS_CODES) } },
      _count: { _all: true },
    }),
    db.card.groupBy({
      by: ["lexemeId"],
      where: { userId: { in: learnerIds }, lexemeId: { in: lexemeIds } },
      _count: { _all: true },
    }),
  ]);
  const knownBy = new Map(known.map((k) => [k.lexemeId, k._count._all]));
  const cardsBy = new Map(cards.map((c) => [c.lexemeId, c._count._all]));
  const overrideBy = new Map(overrides.map((o) => [o.lexemeId, o.gloss]));
  const words: PreTeachingWord[] = [];
  for (const { count, lexeme } of textLexemes) {
    // Names never: the dictionary's gloss tells a name tagged as a noun (Russland → Russia).
    if (!isPreTeachCandidate(lexeme)) continue;
    const unknownCount = learnerIds.length - (knownBy.get(lexeme.id) ?? 0);
    if (unknownCount * 2 <= learnerIds.length) continue;
    words.push({
      lexemeId: lexeme.id,
      lemma: lexeme.lemma,
      pos: lexeme.pos,
      gender: lexeme.gender,
      gloss: overrideBy.get(lexeme.id) ?? lexeme.gloss,
      count,
      unknownCount,
      withCardCount: cardsBy.get(lexeme.id) ?? 0,
    });
  }
  words.sort((a, b) => b.count - a.count || b.unknownCount - a.unknownCount || a.lemma.localeCompare(b.lemma, "de"));
  return { learnerCount: learnerIds.length, words: words.slice(0, limit) };
}
