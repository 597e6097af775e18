import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { readableTextWhere } from "../access/text-access";
import { Prisma } from "@/generated/prisma/client";
import { NOT_A_WORD_POS } from "@/lib/core/words/countable";
import { LEARNING_STATUS_CODES } from "@/lib/core/words/status";
import { LearningStatus } from "@/generated/prisma/enums";
import { toLearningStatuses } from "../mappers/word-status";

export interface LibraryText {
  id: string;
  title: string;
  source: string;
  isShared: boolean;
  isOwn: boolean;
  wordCount: number;
  sentenceCount: number;
  /** Distinct lexemes counted for known-% (names and ignored words excluded). */
  lexemeCount: number;
  knownCount: number;
  learningCount: number;
  newCount: number;
  knownPercent: number;
  readPercent: number;
  finished: boolean;
  difficulty: "comfortable" | "challenging" | "hard";
  createdAt: Date;
}

export function difficultyOf(newShare: number): LibraryText["difficulty"] {
  if (newShare < 0.15) return "comfortable";
  if (newShare < 0.35) return "challenging";
  return "hard";
}

/** The learner's library: own, shared and assigned texts with lexeme-level known-% and progress. */
export async function findLibraryTexts(actor: Actor): Promise<LibraryText[]> {
  const texts = await db.text.findMany({
    where: { ...readableTextWhere(actor), status: "READY" },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true, title: true, source: true, isShared: true, ownerId: true, wordCount: true, sentenceCount: true, createdAt: true,
      progress: { where: { userId: actor.id }, select: { maxSentence: true, finishedAt: true } },
    },
  });
  if (texts.length === 0) return [];
  const stats = await db.$queryRaw<{ textId: string; total: bigint; known: bigint; learning: bigint; fresh: bigint }[]>`
    SELECT tl."textId",
      COUNT(*) FILTER (WHERE ws."status" IS DISTINCT FROM ${LearningStatus.IGNORED}::"LearningStatus") AS total,
      COUNT(*) FILTER (WHERE ws."status" = ${LearningStatus.KNOWN}::"LearningStatus") AS known,
      COUNT(*) FILTER (WHERE ws."status" = ANY(${toLearningStatuses(LEARNING_STATUS_CODES)}::"LearningStatus"[])) AS learning,
      COUNT(*) FILTER (WHERE ws."status" IS NULL OR ws."status" = ${LearningStatus.NEW}::"LearningStatus") AS fresh
    FROM "TextLexeme" tl
    JOIN "Lexeme" l ON l."id" = tl."lexemeId" AND l."pos" NOT IN (${Prisma.join(NOT_A_WORD_POS)})
    LEFT JOIN "WordStatus" ws ON ws."lexemeId" = tl."lexemeId" AND ws."userId" = ${actor.id}
    WHERE tl."textId" IN (${Prisma.join(texts.map((t) => t.id))})
    GROUP BY tl."textId"`;
  const byText = new Map(stats.map((s) => [s.textId, s]));
  return texts.map((t) => {
    const s = byText.get(t.id);
    const total = Number(s?.total ?? 0);
    const known = Number(s?.known ?? 0);
    const fresh = Number(s?.fresh ?? 0);
    const progress = t.progress[0];
    return {
      id: t.id,
      title: t.title,
      source: t.source,
      isShared: t.isShared,
      isOwn: t.ownerId === actor.id,
      wordCount: t.wordCount,
      sentenceCount: t.sentenceCount,
      lexemeCount: total,
      knownCount: known,
      learningCount: Number(s?.learning ?? 0),
      newCount: fresh,
      knownPercent: total ? Math.round((known / total) * 100) : 0,
      readPercent: progress && t.sentenceCount ? Math.round(((progress.maxSentence + 1) / t.sentenceCount) * 100) : 0,
      finished: !!progress?.finishedAt,
      difficulty: difficultyOf(total ? fresh / total : 0),
      createdAt: t.createdAt,
    };
  });
}
