import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { DICTIONARY_IDS, type DictionaryId } from "@/lib/core/reading/dictionary-links";
import type { DictionarySettings } from "@/lib/validation/dictionaries";

const isDictionaryId = (id: string): id is DictionaryId => (DICTIONARY_IDS as readonly string[]).includes(id);

/**
 * Saves which online dictionaries the actor's word panel links to (parsed by
 * dictionarySettingsSchema at the action door).
 *
 * @example
 * await updateDictionarySettings(actor, { dictionaries: ["dwds", "custom"], dictionaryUrl: "https://example.org/{lemma}" });
 */
export async function updateDictionarySettings(actor: Actor, input: DictionarySettings): Promise<DictionarySettings> {
  const settings = { dictionaries: input.dictionaries, dictionaryUrl: input.dictionaryUrl };
  const updated = await db.user.updateMany({ where: { id: actor.id }, data: settings });
  if (updated.count !== 1) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return settings;
}

/** The actor's dictionary choice, for the settings form and the word panel. */
export async function getDictionarySettings(actor: Actor): Promise<DictionarySettings> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { dictionaries: true, dictionaryUrl: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return { dictionaries: user.dictionaries.filter(isDictionaryId), dictionaryUrl: user.dictionaryUrl };
}
