import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import type { DeleteAccountInput } from "@/lib/validation/account";
import { confirmPassword } from "../access/confirm-password";
import { removeAudioFiles } from "../import/audio-files";

/** Wrong passwords allowed per account per window on the delete confirmation. */
export const DELETE_CONFIRM_LIMIT = { attempts: 5, windowSeconds: 15 * 60 };

/**
 * Deletes the actor's account and everything that belongs to it, after
 * checking the password. Every user-owned table references User with ON
 * DELETE CASCADE (texts, cards, logs, statuses, progress, classes taught,
 * enrollments, jobs); other learners' cards made from this user's texts keep
 * their own context sentence (Card.sentenceId is SET NULL). Shared dictionary
 * rows (Lexeme) belong to nobody and stay, except phrases that only this
 * learner saved: their wording came from the learner, so they go too.
 * Every session of the account ends with it (the session check finds no user).
 * Throws INVALID_INPUT for a wrong password, RATE_LIMITED after repeated ones.
 */
export async function deleteAccount(actor: Actor, input: DeleteAccountInput): Promise<{ deletedUserId: string }> {
  const { email, limitKey } = await confirmPassword(actor, input.password, {
    purpose: "account-delete",
    limit: DELETE_CONFIRM_LIMIT,
    field: "password",
    message: "That is not your password.",
  });
  const audio = await db.textAudio.findMany({ where: { text: { ownerId: actor.id } }, select: { fileName: true } });
  await db.$transaction(async (tx) => {
    const phrases = await tx.lexeme.findMany({
      where: { pos: "PHRASE", occurrences: { none: {} }, wordStatuses: { some: { userId: actor.id } } },
      select: { id: true },
    });
    await tx.user.delete({ where: { id: actor.id } });
    // Phrases saved by this learner alone (no text produced them, nobody else keeps them).
    await tx.lexeme.deleteMany({
      where: {
        id: { in: phrases.map((p) => p.id) },
        occurrences: { none: {} },
        textLexemes: { none: {} },
        wordStatuses: { none: {} },
        wordEvents: { none: {} },
        cards: { none: {} },
        glossOverrides: { none: {} },
        lookups: { none: {} },
      },
    });
    // Counters keyed by this account (not by client address) go with it.
    await tx.rateLimit.deleteMany({
      where: {
        OR: [
          { key: { in: [limitKey, `signin:account:${email}`] } },
          { key: { startsWith: `signin:pair:${email}:` } },
        ],
      },
    });
  });
  // The rows went with the texts; their audio files on disk go now.
  await removeAudioFiles(audio.map((a) => a.fileName));
  return { deletedUserId: actor.id };
}
