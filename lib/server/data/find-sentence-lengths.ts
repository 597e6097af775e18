import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { readableTextWhere } from "../access/text-access";

/**
 * The length in characters of every sentence, in order, of the texts the actor
 * may read among `textIds` (others are left out): what the read share
 * (computeReadShare) weighs. Lengths only, so a book costs no text transfer.
 */
export async function findSentenceLengths(actor: Actor, textIds: readonly string[]): Promise<Map<string, number[]>> {
  const readable = await db.text.findMany({
    where: { id: { in: [...textIds] }, ...readableTextWhere(actor) },
    select: { id: true },
  });
  const ids = readable.map((t) => t.id);
  const lengths = new Map<string, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return lengths;
  const rows = await db.$queryRaw<{ textId: string; length: number }[]>`
    SELECT "textId", length("content")::int AS "length" FROM "Sentence"
    WHERE "textId" = ANY(${ids}::text[]) ORDER BY "textId", "index"`;
  for (const row of rows) lengths.get(row.textId)?.push(row.length);
  return lengths;
}
