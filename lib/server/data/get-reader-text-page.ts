import "server-only";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { loadTextPage, type CachedTextPage } from "../cache/reader-text-pages";

/**
 * The per-text part of one reader page for a learner who may read the text
 * (NOT_FOUND otherwise, and for a page the text does not have): the same
 * bytes for every learner, named by an ETag that changes with the text's version.
 */
export async function getReaderTextPage(actor: Actor, textId: string, page: number): Promise<CachedTextPage & { version: number }> {
  const text = await getReadableText(actor, textId);
  if (!Number.isInteger(page) || page < 1 || page > text.pageCount) throw notFoundError("That page");
  return { ...(await loadTextPage(text.id, text.version, page)), version: text.version };
}
