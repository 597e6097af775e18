import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import type { ReadingSettings } from "@/lib/validation/reading";

/**
 * Saves the actor's reader settings (whether the tooltip shows grammar).
 *
 * @example
 * await updateReadingSettings(actor, { showGrammar: false });
 */
export async function updateReadingSettings(actor: Actor, input: ReadingSettings): Promise<ReadingSettings> {
  // The action door has parsed `input` already; only the one known field is written.
  const settings = { showGrammar: input.showGrammar };
  const updated = await db.user.updateMany({ where: { id: actor.id }, data: settings });
  if (updated.count !== 1) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return settings;
}

/** The actor's reader settings for the settings form. */
export async function getReadingSettings(actor: Actor): Promise<ReadingSettings> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { showGrammar: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return user;
}
