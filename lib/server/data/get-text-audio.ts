import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { audioPathOf } from "../import/audio-files";

/**
 * The stored audio of a text `actor` may read (own, shared or assigned, as
 * getReadableText decides): its file on disk, type and size. NOT_FOUND for
 * a text they may not read or one without audio.
 */
export async function getTextAudio(actor: Actor, textId: string) {
  const text = await getReadableText(actor, textId);
  const audio = await db.textAudio.findUnique({
    where: { textId: text.id },
    select: { fileName: true, mimeType: true, byteSize: true, createdAt: true },
  });
  if (!audio) throw notFoundError("That text's audio");
  return { path: audioPathOf(audio.fileName), mimeType: audio.mimeType, byteSize: audio.byteSize, version: audio.createdAt.getTime() };
}
