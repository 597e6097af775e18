import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import type { Prisma } from "@/generated/prisma/client";
import type { PushPreTeachingInput } from "@/lib/validation/teach";
import { PRE_TEACH_POS, taughtAssignmentWhere } from "../access/class-access";
import { buildCardContent, findTokenOfLexeme } from "@/lib/core/words/card-content";
import { toStoredTokens } from "../mappers/stored-tokens";
import { CardState, LearningStatus } from "@/generated/prisma/enums";
import { isPreTeachCandidate } from "@/lib/core/progress/figure-definitions";

/**
 * Pushes words of an assigned text to every enrolled learner's review as new
 * cards (state 0, due now, origin TEACHER, linked to the assignment). Each
 * learner gets a word once: existing cards (Card is unique per user and
 * lexeme) are left alone, so pushing twice adds nothing. NOT_FOUND unless
 * the actor teaches the class and every word occurs in the text.
 */
export async function pushPreTeachingCards(actor: Actor, input: PushPreTeachingInput, now = new Date()) {
  const { assignmentId, lexemeIds: requested } = input;
  const lexemeIds = [...new Set(requested)];
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...taughtAssignmentWhere(actor) },
    select: { id: true, textId: true, classId: true },
  });
  if (!assignment) throw notFoundError("That assignment");
  const { textId } = assignment;
  const textLexemes = await db.textLexeme.findMany({
    where: { textId, lexemeId: { in: lexemeIds }, lexeme: { pos: { in: PRE_TEACH_POS } } },
    select: { lexeme: { select: { id: true, pos: true, gloss: true } } },
  });
  const candidates = textLexemes.filter((t) => isPreTeachCandidate(t.lexeme));
  if (candidates.length !== lexemeIds.length) throw notFoundError("That word");

  const [enrollments, overrides, occurrences] = await Promise.all([
    db.enrollment.findMany({ where: { classId: assignment.classId }, select: { userId: true } }),
    db.glossOverride.findMany({ where: { textId, lexemeId: { in: lexemeIds } }, select: { lexemeId: true, gloss: true } }),
    db.occurrence.findMany({
      where: { textId, lexemeId: { in: lexemeIds } },
      orderBy: [{ sentence: { index: "asc" } }, { tokenIndex: "asc" }],
      distinct: ["lexemeId"],
      select: {
        lexemeId: true,
        tokenIndex: true,
        sentence: { select: { id: true, start: true, content: true, translation: true, tokens: true } },
      },
    }),
  ]);
  const overrideBy = new Map(overrides.map((o) => [o.lexemeId, o.gloss]));
  const occurrenceBy = new Map(occurrences.map((o) => [o.lexemeId, o]));
  // One card content per word, from its first sentence in the text, shared by every learner.
  const contents = textLexemes.flatMap(({ lexeme }) => {
    const occurrence = occurrenceBy.get(lexeme.id);
    if (!occurrence) return [];
    const tokens = toStoredTokens(occurrence.sentence.tokens);
    const tokenIndex = tokens[occurrence.tokenIndex]?.lx === lexeme.id ? occurrence.tokenIndex : findTokenOfLexeme(tokens, lexeme.id);
    const content = buildCardContent({ ...occurrence.sentence, tokens }, tokenIndex, overrideBy.get(lexeme.id));
    if (!content) return [];
    // The dictionary row may carry a gloss where the token had none.
    const back = content.back || lexeme.gloss || "(no gloss)";
    return [{ lexemeId: lexeme.id, sentenceId: occurrence.sentence.id, ...content, back }];
  });

  const cards: Prisma.CardCreateManyInput[] = [];
  const statuses: Prisma.WordStatusCreateManyInput[] = [];
  for (const { userId } of enrollments) {
    for (const content of contents) {
      cards.push({
        userId,
        ...content,
        highlight: content.highlight,
        origin: "TEACHER",
        assignmentId: assignment.id,
        state: CardState.NEW,
        due: now,
      });
      // A card makes the word "learning" (level 1) in the reader, as when the
      // learner adds it; a status the learner already set is kept.
      statuses.push({ userId, lexemeId: content.lexemeId, status: LearningStatus.LEARNING_1, isManual: false });
    }
  }
  const created = await db.$transaction(async (tx) => {
    const result = await tx.card.createMany({ data: cards, skipDuplicates: true });
    // Only words a learner had no status for change (new → learning), and each
    // change is a status event like the reader's, so progress charts count it.
    const existing = await tx.wordStatus.findMany({
      where: { userId: { in: enrollments.map((e) => e.userId) }, lexemeId: { in: contents.map((c) => c.lexemeId) } },
      select: { userId: true, lexemeId: true },
    });
    const had = new Set(existing.map((s) => `${s.userId}|${s.lexemeId}`));
    const fresh = statuses.filter((s) => !had.has(`${s.userId}|${s.lexemeId}`));
    await tx.wordStatus.createMany({ data: fresh, skipDuplicates: true });
    await tx.wordStatusEvent.createMany({
      data: fresh.map((s) => ({ userId: s.userId, lexemeId: s.lexemeId, fromStatus: LearningStatus.NEW, toStatus: LearningStatus.LEARNING_1, at: now })),
    });
    return result.count;
  });
  return { created, learnerCount: enrollments.length, wordCount: contents.length };
}
