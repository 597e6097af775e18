import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { toStoredTokens } from "../mappers/stored-tokens";

/**
 * One sentence of a text the actor may read, with its tokens, for making a
 * card from it; NOT_FOUND for a text they may not read or a sentence it lacks.
 */
export async function getReadableSentence(actor: Actor, textId: string, sentenceIndex: number) {
  await getReadableText(actor, textId);
  const sentence = await db.sentence.findUnique({
    where: { textId_index: { textId, index: sentenceIndex } },
    select: { id: true, content: true, start: true, translation: true, tokens: true },
  });
  if (!sentence) throw notFoundError("That sentence");
  return { ...sentence, tokens: toStoredTokens(sentence.tokens) };
}
