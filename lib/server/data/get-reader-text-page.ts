import "server-only";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { getReadableText } from "./get-readable-text";
import { loadTextPage, rememberedTextPage, type CachedTextPage } from "../cache/reader-text-pages";
import { isTextPageGranted } from "../access/text-page-grant";

/**
 * The per-text part of one reader page for a learner who may read the text
 * (NOT_FOUND otherwise, and for a page the text does not have): the same
 * bytes for every learner, named by an ETag that changes with the text's version.
 * With `granted`, the grant the learner's shell put in the page's address
 * (access/text-page-grant.ts) for that version, a page this process holds is
 * served without a query; anything else takes the full access check.
 */
export async function getReaderTextPage(
  actor: Actor,
  textId: string,
  page: number,
  granted?: { version: number; grant: string | null; now: Date },
): Promise<CachedTextPage & { version: number }> {
  if (granted && isTextPageGranted(granted.grant, actor.id, textId, granted.version, granted.now)) {
    const held = rememberedTextPage(textId, granted.version, page);
    if (held) return { ...held, version: granted.version };
  }
  const text = await getReadableText(actor, textId);
  if (!Number.isInteger(page) || page < 1 || page > text.pageCount) throw notFoundError("That page");
  return { ...(await loadTextPage(text.id, text.version, page)), version: text.version };
}
