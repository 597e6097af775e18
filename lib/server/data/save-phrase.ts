import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { getReadableSentence } from "./get-readable-sentence";
import type { PhraseInput } from "@/lib/validation/reading";
import { LearningStatus } from "@/generated/prisma/enums";
import type { StoredToken } from "@/lib/core/import/stored-token";

/**
 * Saves several selected words of one sentence as a phrase: a PHRASE lexeme
 * and a card with the sentence as context (the learner's meaning, else the
 * words' glosses, as its back). The lexeme row is shared by everyone who saves
 * the same words, so it only ever gets the words' dictionary glosses: the
 * learner's meaning stays on their own word status and card (issue 14).
 */
export async function savePhrase(actor: Actor, input: PhraseInput, now = new Date()) {
  const { textId, sentenceIndex, tokenIndexes, meaning } = input;
  const sentence = await getReadableSentence(actor, textId, sentenceIndex);
  const { tokens } = sentence;
  const sorted = [...new Set(tokenIndexes)].sort((a, b) => a - b);
  const chosen = sorted.map((i) => tokens[i]).filter((t): t is StoredToken => t?.kind === "word");
  if (chosen.length !== sorted.length) {
    throw new AppError("INVALID_INPUT", "A phrase is made of words of one sentence; select words only.");
  }
  const first = chosen[0]!;
  const last = chosen[chosen.length - 1]!;
  // The phrase as written, from its first to its last word ("im Falle").
  const phrase = sentence.content.slice(first.start - sentence.start, last.end - sentence.start).replace(/\s+/g, " ");
  const wordGlosses = chosen.map((t) => t.gloss ?? t.text).join(" … ");
  const back = meaning || wordGlosses;
  return db.$transaction(async (tx) => {
    const lexeme = await tx.lexeme.upsert({
      where: { lemma_pos: { lemma: phrase, pos: "PHRASE" } },
      create: { lemma: phrase, pos: "PHRASE", gloss: wordGlosses },
      update: {},
      select: { id: true },
    });
    // A phrase entry made without glosses (restored from a learner's export file) gets the words' dictionary glosses now.
    await tx.lexeme.updateMany({ where: { id: lexeme.id, gloss: null }, data: { gloss: wordGlosses } });
    await tx.wordStatus.upsert({
      where: { userId_lexemeId: { userId: actor.id, lexemeId: lexeme.id } },
      create: { userId: actor.id, lexemeId: lexeme.id, status: LearningStatus.LEARNING_1, userMeaning: meaning || null },
      update: meaning ? { userMeaning: meaning } : {},
    });
    const card = await tx.card.upsert({
      where: { userId_lexemeId: { userId: actor.id, lexemeId: lexeme.id } },
      create: {
        userId: actor.id,
        lexemeId: lexeme.id,
        sentenceId: sentence.id,
        front: phrase,
        back,
        userMeaning: meaning || null,
        contextText: sentence.content,
        contextTranslation: sentence.translation,
        highlight: chosen.map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start })),
        due: now,
      },
      update: {},
      select: { id: true },
    });
    return { cardId: card.id, lexemeId: lexeme.id, phrase };
  });
}
