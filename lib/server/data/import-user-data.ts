import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { readableTextWhere } from "../access/text-access";
import type { UserDataImport } from "@/lib/validation/user-data-import";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export interface UserDataImportResult {
  settings: boolean;
  wordStatuses: { added: number; updated: number };
  wordStatusEvents: number;
  cards: { added: number; updated: number };
  reviewLogs: number;
  /** Entries whose word this installation's dictionary does not have (skipped, with their reviews). */
  unknownWords: number;
}

const CHUNK = 5000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

type LexemeRef = { lexemeId: string; lexeme?: { lemma: string; pos: string } | undefined };
const wordKey = (lemma: string, pos: string) => `${lemma}\u0000${pos}`;

/**
 * The file's words → this installation's lexeme ids. Lexemes are shared dictionary rows: a word is found by
 * lemma and part of speech (version 2 files) or by id (version 1, same installation). The only ones created
 * are phrases, as saving a phrase in the reader does, without a gloss (the learner's meaning stays on their card).
 */
async function resolveLexemes(tx: Tx, refs: LexemeRef[]): Promise<(ref: LexemeRef) => string | undefined> {
  const byWord = new Map<string, string>();
  const byId = new Set<string>();
  const named = refs.flatMap((r) => (r.lexeme ? [r.lexeme] : []));
  const phrases = [...new Set(named.filter((l) => l.pos === "PHRASE").map((l) => l.lemma))];
  for (const slice of chunks(phrases)) {
    await tx.lexeme.createMany({ data: slice.map((lemma) => ({ lemma, pos: "PHRASE" })), skipDuplicates: true });
  }
  for (const slice of chunks([...new Set(named.map((l) => l.lemma))])) {
    const rows = await tx.lexeme.findMany({ where: { lemma: { in: slice } }, select: { id: true, lemma: true, pos: true } });
    for (const row of rows) byWord.set(wordKey(row.lemma, row.pos), row.id);
  }
  const bare = [...new Set(refs.filter((r) => !r.lexeme).map((r) => r.lexemeId))];
  for (const slice of chunks(bare)) {
    for (const row of await tx.lexeme.findMany({ where: { id: { in: slice } }, select: { id: true } })) byId.add(row.id);
  }
  return (ref) => (ref.lexeme ? byWord.get(wordKey(ref.lexeme.lemma, ref.lexeme.pos)) : byId.has(ref.lexemeId) ? ref.lexemeId : undefined);
}

/**
 * Merges the learner's own export file (parsed by userDataImportSchema) into the actor's data, in one
 * transaction: settings and goals, word statuses (the newer one wins) and their history, cards (the imported
 * FSRS state wins when its last review is later) and every review (by its client id). Importing the same file
 * again adds nothing. Every write is keyed by the actor's id; ids in the file only link its own entries, so a
 * file naming someone else's cards, reviews or texts cannot reach them.
 */
export async function importUserData(actor: Actor, file: UserDataImport): Promise<UserDataImportResult> {
  const userId = actor.id;
  return db.$transaction(
    async (tx) => {
      const lexemeOf = await resolveLexemes(tx, [...file.wordStatuses, ...file.wordStatusEvents, ...file.cards]);
      let unknownWords = 0;
      const known = <T extends LexemeRef>(rows: T[]) =>
        rows.flatMap((row) => {
          const lexemeId = lexemeOf(row);
          if (!lexemeId) unknownWords++;
          return lexemeId ? [{ ...row, lexemeId }] : [];
        });

      if (file.profile && Object.keys(file.profile).length > 0) {
        const { fsrsWeights, ...settings } = file.profile;
        const weights = fsrsWeights === undefined ? {} : { fsrsWeights: fsrsWeights ?? Prisma.DbNull };
        await tx.user.update({ where: { id: userId }, data: { ...settings, ...weights } });
      }

      const wordStatuses = { added: 0, updated: 0 };
      const statuses = known(file.wordStatuses);
      const existingStatus = new Map<string, Date>();
      for (const slice of chunks(statuses.map((s) => s.lexemeId))) {
        const rows = await tx.wordStatus.findMany({
          where: { userId, lexemeId: { in: slice } },
          select: { lexemeId: true, updatedAt: true },
        });
        for (const row of rows) existingStatus.set(row.lexemeId, row.updatedAt);
      }
      const statusData = (s: (typeof statuses)[number]) => ({
        status: s.status,
        isManual: s.isManual,
        userMeaning: s.userMeaning,
        updatedAt: s.updatedAt,
      });
      const freshStatuses = statuses.filter((s) => !existingStatus.has(s.lexemeId));
      for (const slice of chunks(freshStatuses)) {
        const created = await tx.wordStatus.createMany({
          data: slice.map((s) => ({ userId, lexemeId: s.lexemeId, ...statusData(s) })),
          skipDuplicates: true,
        });
        wordStatuses.added += created.count;
      }
      for (const s of statuses) {
        const local = existingStatus.get(s.lexemeId);
        if (!local || local >= s.updatedAt) continue;
        await tx.wordStatus.update({ where: { userId_lexemeId: { userId, lexemeId: s.lexemeId } }, data: statusData(s) });
        wordStatuses.updated++;
      }

      const events = known(file.wordStatusEvents);
      const eventKey = (e: { lexemeId: string; fromStatus: string; toStatus: string; at: Date }) =>
        `${e.lexemeId}|${e.fromStatus}|${e.toStatus}|${e.at.toISOString()}`;
      const seenEvents = new Set<string>();
      for (const slice of chunks([...new Set(events.map((e) => e.lexemeId))])) {
        const rows = await tx.wordStatusEvent.findMany({
          where: { userId, lexemeId: { in: slice } },
          select: { lexemeId: true, fromStatus: true, toStatus: true, at: true },
        });
        for (const row of rows) seenEvents.add(eventKey(row));
      }
      const freshEvents = events.filter((e) => {
        const key = eventKey(e);
        if (seenEvents.has(key)) return false;
        seenEvents.add(key);
        return true;
      });
      for (const slice of chunks(freshEvents)) {
        await tx.wordStatusEvent.createMany({
          data: slice.map((e) => ({ userId, lexemeId: e.lexemeId, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.at })),
        });
      }

      const cards = { added: 0, updated: 0 };
      const fileCards = known(file.cards);
      // A card's sentence link survives only if the actor may read that sentence's text (else the context text stays).
      const readableSentences = new Set<string>();
      for (const slice of chunks([...new Set(fileCards.flatMap((c) => (c.sentenceId ? [c.sentenceId] : [])))])) {
        const rows = await tx.sentence.findMany({
          where: { id: { in: slice }, text: readableTextWhere(actor) },
          select: { id: true },
        });
        for (const row of rows) readableSentences.add(row.id);
      }
      const localCards = new Map<string, { id: string; lastReview: Date | null }>();
      for (const slice of chunks(fileCards.map((c) => c.lexemeId))) {
        const rows = await tx.card.findMany({
          where: { userId, lexemeId: { in: slice } },
          select: { id: true, lexemeId: true, lastReview: true },
        });
        for (const row of rows) localCards.set(row.lexemeId, row);
      }
      const fsrs = (c: (typeof fileCards)[number]) => ({
        due: c.due,
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: c.elapsedDays,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.lastReview,
        isLeech: c.isLeech,
      });
      const cardIdOf = new Map<string, string>();
      const freshCards = fileCards.filter((c) => !localCards.has(c.lexemeId));
      for (const slice of chunks(freshCards)) {
        const created = await tx.card.createManyAndReturn({
          data: slice.map((c) => ({
            userId,
            lexemeId: c.lexemeId,
            sentenceId: c.sentenceId && readableSentences.has(c.sentenceId) ? c.sentenceId : null,
            front: c.front,
            back: c.back,
            userMeaning: c.userMeaning,
            contextText: c.contextText,
            contextTranslation: c.contextTranslation,
            highlight: c.highlight,
            cardType: c.cardType,
            origin: c.origin,
            createdAt: c.createdAt,
            ...fsrs(c),
          })),
          select: { id: true, lexemeId: true },
        });
        const byLexeme = new Map(created.map((row) => [row.lexemeId, row.id]));
        for (const c of slice) {
          const cardId = byLexeme.get(c.lexemeId);
          if (cardId) cardIdOf.set(c.id, cardId);
        }
        cards.added += created.length;
      }
      for (const c of fileCards) {
        const local = localCards.get(c.lexemeId);
        if (!local) continue;
        cardIdOf.set(c.id, local.id);
        const isNewer = c.lastReview !== null && (local.lastReview === null || c.lastReview > local.lastReview);
        if (!isNewer) continue;
        await tx.card.update({ where: { id: local.id, userId }, data: fsrs(c) });
        cards.updated++;
      }

      let reviewLogs = 0;
      const logs = file.reviewLogs.flatMap((log) => {
        const cardId = cardIdOf.get(log.cardId);
        return cardId ? [{ ...log, cardId, userId }] : [];
      });
      for (const slice of chunks(logs)) {
        const created = await tx.reviewLog.createMany({ data: slice, skipDuplicates: true });
        reviewLogs += created.count;
      }

      return {
        settings: Boolean(file.profile && Object.keys(file.profile).length > 0),
        wordStatuses,
        wordStatusEvents: freshEvents.length,
        cards,
        reviewLogs,
        unknownWords,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
