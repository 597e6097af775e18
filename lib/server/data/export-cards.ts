import "server-only";
import { parseInput } from "./parse-input";
import { db } from "../db";
import type { Actor } from "../actor";
import type { ExportNote } from "@/lib/core/export/apkg";
import { exportFormatSchema, type ExportFormat } from "@/lib/validation/review";
import { ownedCardWhere } from "./review-access";

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

function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Same output as lib/core/export/apkg.ts buildCsv (RFC 4180, CRLF, header row); see the note in exportCards. */
function toCsv(notes: readonly ExportNote[]): string {
  const rows = [
    ["German", "English", "Context", "Context translation", "Tags"],
  ];
  for (const note of notes) {
    rows.push([
      note.german,
      note.english,
      note.context,
      note.contextTranslation ?? "",
      (note.tags ?? []).join(" "),
    ]);
  }
  return rows.map((row) => row.map(quoteCsv).join(",") + "\r\n").join("");
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
  const kind = parseInput(exportFormatSchema, format);
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
  if (kind === "csv") {
    // A BOM so spreadsheet programs read the umlauts as UTF-8.
    return {
      filename: `lesefluss-cards-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: new TextEncoder().encode(`\uFEFF${toCsv(notes)}`),
    };
  }
  // Loaded at run time and hidden from Turbopack: apkg.ts resolves
  // `sql.js/dist/${file}` through a template, which makes `next build` bundle
  // every sql.js .wasm and fail. Until that is fixed in apkg.ts, the Next
  // server can't load this (the route answers 503 for apkg); tests and
  // scripts can. Remove the comment and the route's 503 once apkg.ts is fixed.
  const { buildApkg } = await import(
    /* turbopackIgnore: true */ "@/lib/core/export/apkg"
  );
  return {
    filename: `lesefluss-cards-${day}.apkg`,
    contentType: "application/apkg",
    body: await buildApkg(notes, { deckName: EXPORT_DECK_NAME, now }),
  };
}
