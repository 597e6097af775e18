import "server-only";
import { parseInput } from "./parse-input";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { readingSettingsSchema, type ReadingSettings } from "@/lib/validation/reading";

/**
 * Saves the actor's reader settings (whether the tooltip shows grammar).
 *
 * @example
 * await updateReadingSettings(actor, { showGrammar: false });
 */
export async function updateReadingSettings(actor: Actor, input: ReadingSettings): Promise<ReadingSettings> {
  const settings = parseInput(readingSettingsSchema, input);
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
