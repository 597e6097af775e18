import "server-only";
// CSV export without lib/core/export/apkg.ts. Temporary: apkg.ts resolves
// `sql.js/dist/${file}` through a template, which makes Turbopack bundle every
// sql.js .wasm and fails `next build`; until that is fixed there, the route
// handler must not import it. Same columns as buildCsv (RFC 4180, CRLF).
import { db } from "../db";
import type { Actor } from "../actor";
import { ownedCardWhere } from "./review-access";
import type { ExportFile } from "./export-cards";

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The actor's cards (only theirs) as CSV with a header row. */
export async function exportCardsCsv(actor: Actor, now: Date = new Date()): Promise<ExportFile> {
  const cards = await db.card.findMany({
    where: ownedCardWhere(actor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { front: true, back: true, userMeaning: true, contextText: true, contextTranslation: true, isLeech: true },
  });
  const rows = [["German", "English", "Context", "Context translation", "Tags"]];
  for (const card of cards) {
    const english = card.userMeaning && card.userMeaning !== card.back ? `${card.back} (${card.userMeaning})` : card.back;
    rows.push([card.front, english, card.contextText, card.contextTranslation ?? "", card.isLeech ? "lesefluss leech" : "lesefluss"]);
  }
  const csv = rows.map((row) => row.map(quote).join(",") + "\r\n").join("");
  return {
    filename: `lesefluss-cards-${now.toISOString().slice(0, 10)}.csv`,
    contentType: "text/csv; charset=utf-8",
    // A BOM so spreadsheet programs read the umlauts as UTF-8.
    body: new TextEncoder().encode(`\uFEFF${csv}`),
  };
}
