import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { buildApkg, type ExportNote } from "@/lib/core/export/apkg";
import { buildAnkiCsv, buildCsv } from "@/lib/core/export/csv";
import type { ExportSchedule } from "@/lib/core/export/export-note";
import type { ExportFormat } from "@/lib/validation/review";
import { loadSchedulingUser, ownedCardWhere } from "../access/review-access";
import { cardFsrsSelect, fromStateCode, toSchedulingCard } from "../mappers/card";
import { RATING_NAMES } from "../mappers/review-rating";
import { readSqlWasm } from "../export/sql-wasm";
import type { SchedulerSettings } from "@/lib/core/srs/scheduler";

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

export interface ExportOptions {
  /** Keep each card's schedule and review log (default); false exports every card as new. */
  withHistory?: boolean;
}

export const EXPORT_DECK_NAME = "Lesefluss";

const exportCardSelect = {
  front: true,
  back: true,
  userMeaning: true,
  contextText: true,
  contextTranslation: true,
  isLeech: true,
  ...cardFsrsSelect,
  reviewLogs: {
    orderBy: { reviewedAt: "asc" },
    select: {
      rating: true,
      reviewedAt: true,
      durationMs: true,
      stateBefore: true,
      scheduledDaysBefore: true,
      difficultyBefore: true,
      lastReviewBefore: true,
      dueBefore: true,
      stateAfter: true,
      dueAfter: true,
    },
  },
} as const satisfies Prisma.CardSelect;

type ExportCardRow = Awaited<ReturnType<typeof findExportCards>>[number];

function findExportCards(actor: Actor) {
  return db.card.findMany({
    where: ownedCardWhere(actor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: exportCardSelect,
  });
}

function toSchedule(card: ExportCardRow, settings: SchedulerSettings): ExportSchedule {
  const scheduling = toSchedulingCard(card);
  const steps = scheduling.state === "relearning" ? settings.relearningSteps : settings.learningSteps;
  return {
    card: scheduling,
    reviews: card.reviewLogs.flatMap((log) => {
      const rating = RATING_NAMES[log.rating];
      // A rating outside 1–4 cannot be written as an Anki answer; the schema never stores one.
      if (!rating) return [];
      return [
        {
          reviewedAt: log.reviewedAt,
          rating,
          durationMs: log.durationMs,
          stateBefore: fromStateCode(log.stateBefore),
          scheduledDaysBefore: log.scheduledDaysBefore,
          difficultyBefore: log.difficultyBefore,
          lastReviewBefore: log.lastReviewBefore,
          dueBefore: log.dueBefore,
          stateAfter: fromStateCode(log.stateAfter),
          dueAfter: log.dueAfter,
        },
      ];
    }),
    remainingSteps: Math.max(0, steps.length - scheduling.learningSteps),
    desiredRetention: settings.desiredRetention,
  };
}

function toNote(card: ExportCardRow, schedule: ExportSchedule | undefined): ExportNote {
  // The learner's own meaning is what they chose to remember; keep it next to the gloss.
  const english = card.userMeaning && card.userMeaning !== card.back ? `${card.back} (${card.userMeaning})` : card.back;
  return {
    german: card.front,
    english,
    context: card.contextText,
    contextTranslation: card.contextTranslation,
    tags: ["lesefluss", ...(card.isLeech ? ["leech"] : [])],
    ...(schedule ? { schedule } : {}),
  };
}

/**
 * The actor's cards (and only theirs) as an Anki package (with their
 * schedule and review log unless `withHistory` is false), a CSV in Anki's
 * import dialect, or a spreadsheet CSV.
 *
 * @example
 * const file = await exportCards(actor, "apkg");
 * // new Response(file.body, { headers: { "content-type": file.contentType } })
 */
export async function exportCards(
  actor: Actor,
  format: ExportFormat,
  now: Date = new Date(),
  options: ExportOptions = {},
): Promise<ExportFile> {
  const [cards, user] = await Promise.all([findExportCards(actor), loadSchedulingUser(actor)]);
  const day = now.toISOString().slice(0, 10);
  if (format === "csv") {
    // A BOM so spreadsheet programs read the umlauts as UTF-8.
    return {
      filename: `lesefluss-cards-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: new TextEncoder().encode(`\uFEFF${buildCsv(cards.map((c) => toNote(c, undefined)))}`),
    };
  }
  if (format === "anki-csv") {
    return {
      filename: `lesefluss-anki-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: new TextEncoder().encode(await buildAnkiCsv(cards.map((c) => toNote(c, undefined)), EXPORT_DECK_NAME)),
    };
  }
  const withHistory = options.withHistory ?? true;
  const notes = cards.map((c) => toNote(c, withHistory ? toSchedule(c, user.settings) : undefined));
  return {
    filename: `lesefluss-cards-${day}${withHistory ? "" : "-new"}.apkg`,
    contentType: "application/apkg",
    body: await buildApkg(notes, {
      deckName: EXPORT_DECK_NAME,
      now,
      dayStartHour: user.dayStartHour,
      sqlWasm: readSqlWasm(),
    }),
  };
}
