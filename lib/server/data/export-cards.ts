import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { buildApkg, buildCsv, type ExportNote } from "@/lib/core/export/apkg";
import type { ExportFormat } from "@/lib/validation/review";
import { ownedCardWhere } from "../access/review-access";

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

export const EXPORT_DECK_NAME = "Lesefluss";

function toNote(card: {
  front: string;
  back: string;
  userMeaning: string | null;
  contextText: string;
  contextTranslation: string | null;
  isLeech: boolean;
  cardType: string;
}): ExportNote {
  // The learner's own meaning is what they chose to remember; keep it next to the gloss.
  const english =
    card.userMeaning && card.userMeaning !== card.back
      ? `${card.back} (${card.userMeaning})`
      : card.back;
  return {
    german: card.front,
    english,
    context: card.contextText,
    contextTranslation: card.contextTranslation,
    tags: ["lesefluss", ...(card.isLeech ? ["leech"] : [])],
  };
}

/**
 * The actor's cards (and only theirs) as an Anki package or a CSV file.
 *
 * @example
 * const file = await exportCards(actor, "apkg");
 * // new Response(file.body, { headers: { "content-type": file.contentType } })
 */
export async function exportCards(
  actor: Actor,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<ExportFile> {
  const cards = await db.card.findMany({
    where: ownedCardWhere(actor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      front: true,
      back: true,
      userMeaning: true,
      contextText: true,
      contextTranslation: true,
      isLeech: true,
      cardType: true,
    },
  });
  const notes = cards.map(toNote);
  const day = now.toISOString().slice(0, 10);
  if (format === "csv") {
    // A BOM so spreadsheet programs read the umlauts as UTF-8.
    return {
      filename: `lesefluss-cards-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: new TextEncoder().encode(`\uFEFF${buildCsv(notes)}`),
    };
  }
  return {
    filename: `lesefluss-cards-${day}.apkg`,
    contentType: "application/apkg",
    body: await buildApkg(notes, { deckName: EXPORT_DECK_NAME, now }),
  };
}
