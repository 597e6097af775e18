// Issue 18: a learner imports their own JSON export on /account. The round trip export → delete account →
// sign up again → import gives back the same words, cards (FSRS state), reviews and goals; a second import
// adds nothing; hostile files (wrong shape, not JSON, too large, someone else's ids) change nothing of anyone's.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";

// The route authenticates through the session; here the session is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/server/auth", () => ({ getActor: async () => session.actor }));

import { POST } from "@/app/api/account/import/route";
import { exportUserData } from "@/lib/server/data/export-user-data";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { answerReview } from "@/lib/server/data/answer-review";
import { importText } from "@/lib/server/data/import-text";
import { savePhrase } from "@/lib/server/data/save-phrase";
import { setWordStatus } from "@/lib/server/data/set-word-status";
import { updateDailyGoal } from "@/lib/server/data/update-daily-goal";
import { db } from "@/lib/server/db";
import { cardFsrsSelect } from "@/lib/server/mappers/card";
import { WORD_STATUS } from "@/lib/core/words/status";
import { MAX_USER_DATA_IMPORT_BYTES } from "@/lib/validation/user-data-import";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";
import { makeCard, newClientId } from "../review/factories";

const SHARED = "Wir treffen uns im Falle eines Falles am Bahnhof. Der Zug kommt heute später an.";
const PRIVATE = "Meine Schwester trinkt am Morgen gern einen Kaffee mit Milch.";

beforeEach(() => {
  session.actor = null;
});

async function sharedText(): Promise<string> {
  const owner = await makeUser("TEACHER");
  const { textId } = await importText(owner, { content: SHARED });
  await db.text.update({ where: { id: textId }, data: { isShared: true } });
  return textId;
}

/** A learner with a phrase, a word marked known, a reviewed card, a text of their own and goals. */
async function makeLearnerWithHistory(textId: string) {
  const learner = await makeUser();
  await savePhrase(learner, { textId, sentenceIndex: 0, tokenIndexes: [3, 4], meaning: "in case" });
  const word = await db.textLexeme.findFirstOrThrow({ where: { textId, lexeme: { pos: "NOUN" } } });
  await setWordStatus(learner, { textId, lexemeId: word.lexemeId, status: WORD_STATUS.known });
  const card = await makeCard(learner);
  await answerReview(
    learner,
    { cardId: card.id, clientId: newClientId(), rating: "good" },
    new Date("2025-06-10T08:00:00Z"),
  );
  await answerReview(
    learner,
    { cardId: card.id, clientId: newClientId(), rating: "hard" },
    new Date("2025-06-10T08:20:00Z"),
  );
  await answerReview(
    learner,
    { cardId: card.id, clientId: newClientId(), rating: "good" },
    new Date("2025-06-11T09:00:00Z"),
  );
  const own = await importText(learner, { content: PRIVATE, title: "Privat" });
  await updateDailyGoal(learner, { dailyGoalReviews: 35, dailyGoalWords: 777 });
  return { learner, card, ownTextId: own.textId };
}

/** The file as the browser uploads it: the export's JSON text. */
async function exportFile(actor: Actor): Promise<Record<string, unknown>> {
  return JSON.parse(JSON.stringify(await exportUserData(actor))) as Record<string, unknown>;
}

function upload(actor: Actor | null, body: BodyInit, headers: Record<string, string> = {}) {
  session.actor = actor;
  const request = new Request("http://localhost/api/account/import", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return POST(request, { params: Promise.resolve({}) });
}

/** The learner's learning, without ids, comparable across accounts. */
async function learning(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      dailyGoalReviews: true,
      dailyGoalWords: true,
      desiredRetention: true,
      learningSteps: true,
      timeZone: true,
    },
  });
  const statuses = await db.wordStatus.findMany({
    where: { userId },
    select: { lexeme: { select: { lemma: true, pos: true } }, status: true, isManual: true, userMeaning: true },
    orderBy: { lexeme: { lemma: "asc" } },
  });
  const events = await db.wordStatusEvent.findMany({
    where: { userId },
    select: { lexeme: { select: { lemma: true } }, fromStatus: true, toStatus: true, at: true },
    orderBy: { at: "asc" },
  });
  const cards = await db.card.findMany({
    where: { userId },
    orderBy: { front: "asc" },
    select: {
      lexeme: { select: { lemma: true, pos: true } },
      sentenceId: true,
      front: true,
      back: true,
      userMeaning: true,
      ...cardFsrsSelect,
      _count: { select: { reviewLogs: true } },
    },
  });
  const logs = await db.reviewLog.findMany({
    where: { userId },
    orderBy: { reviewedAt: "asc" },
    select: {
      clientId: true,
      rating: true,
      reviewedAt: true,
      stateBefore: true,
      stateAfter: true,
      dueAfter: true,
      stabilityAfter: true,
    },
  });
  return { user, statuses, events, cards, logs };
}

describe("importing one's own data export", () => {
  it("round trip: export, delete the account, sign up again, import gives back words, cards, reviews and goals", async () => {
    const textId = await sharedText();
    const { learner } = await makeLearnerWithHistory(textId);
    const before = await learning(learner.id);
    expect(before.logs).toHaveLength(3);
    expect(before.cards.some((c) => c.lexeme.pos === "PHRASE" && c.sentenceId)).toBe(true);
    const file = await exportFile(learner);
    await deleteAccount(learner, { password: TEST_PASSWORD });

    const again = await makeUser();
    const response = await upload(again, JSON.stringify(file));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      settings: true,
      cards: { added: 2, updated: 0 },
      reviewLogs: 3,
      wordStatuses: { added: before.statuses.length, updated: 0 },
      unknownWords: 0,
    });
    expect(await learning(again.id)).toEqual(before);
  });

  it("importing the same file twice, or into the account it came from, doubles nothing", async () => {
    const textId = await sharedText();
    const { learner } = await makeLearnerWithHistory(textId);
    const file = JSON.stringify(await exportFile(learner));
    const before = await learning(learner.id);

    const intoSame = await upload(learner, file);
    expect(await intoSame.json()).toMatchObject({
      cards: { added: 0, updated: 0 },
      reviewLogs: 0,
      wordStatuses: { added: 0, updated: 0 },
      wordStatusEvents: 0,
    });
    expect(await learning(learner.id)).toEqual(before);

    const other = await makeUser();
    expect((await upload(other, file)).status).toBe(200);
    const once = await learning(other.id);
    const second = await upload(other, file);
    expect(await second.json()).toMatchObject({ cards: { added: 0, updated: 0 }, reviewLogs: 0, wordStatusEvents: 0 });
    expect(await learning(other.id)).toEqual(once);
  });

  it("merges: a card reviewed later here keeps its state; one reviewed later in the file takes the file's", async () => {
    const textId = await sharedText();
    const { learner, card } = await makeLearnerWithHistory(textId);
    const file = await exportFile(learner);
    await answerReview(
      learner,
      { cardId: card.id, clientId: newClientId(), rating: "easy" },
      new Date("2025-06-20T09:00:00Z"),
    );
    const later = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    await upload(learner, JSON.stringify(file));
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toEqual(later);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(4);

    const fresh = await makeUser();
    const stale = await makeCard(fresh, { front: "alt" });
    const fileCard = (file.cards as Record<string, unknown>[]).find((c) => c.id === card.id)!;
    const lexeme = await db.lexeme.findUniqueOrThrow({
      where: { id: stale.lexemeId },
      select: { lemma: true, pos: true },
    });
    const moved = {
      ...file,
      cards: [{ ...fileCard, lexemeId: stale.lexemeId, lexeme }],
      wordStatuses: [],
      wordStatusEvents: [],
    };
    const result = await (await upload(fresh, JSON.stringify(moved))).json();
    expect(result).toMatchObject({ cards: { added: 0, updated: 1 }, reviewLogs: 3 });
    const merged = await db.card.findUniqueOrThrow({ where: { id: stale.id } });
    expect(merged).toMatchObject({
      front: "alt",
      state: fileCard.state,
      reps: fileCard.reps,
      stability: fileCard.stability,
    });
    expect(merged.due.toISOString()).toBe(fileCard.due);
  });
});

describe("hostile import files", () => {
  it("is refused signed out", async () => {
    expect((await upload(null, "{}")).status).toBe(401);
  });

  it("a file that is not JSON, not an export, or malformed entry by entry is refused with each problem named, changing nothing", async () => {
    const textId = await sharedText();
    const { learner } = await makeLearnerWithHistory(textId);
    const file = await exportFile(learner);
    const target = await makeUser();
    const before = await learning(target.id);

    const notJson = await upload(target, "PK\u0003\u0004 not json at all");
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/not a Lesefluss export/);

    const wrongFormat = await upload(target, JSON.stringify({ format: "anki", version: 1 }));
    expect(wrongFormat.status).toBe(400);
    expect((await wrongFormat.json()).problems).toEqual(["format: This is not a Lesefluss export file."]);

    const cards = file.cards as Record<string, unknown>[];
    const logs = file.reviewLogs as Record<string, unknown>[];
    const broken = {
      ...file,
      cards: [{ ...cards[0], due: "tomorrow", stability: -1 }, ...cards.slice(1)],
      reviewLogs: [{ ...logs[0], cardId: "someone-elses-card" }],
      profile: { ...(file.profile as object), timeZone: "Mars/Olympus" },
    };
    const response = await upload(target, JSON.stringify(broken));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: string[] };
    expect(body.error).toMatch(/Nothing was changed/);
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cards\[0\]\.due: /),
        expect.stringMatching(/^cards\[0\]\.stability: /),
        "reviewLogs[0].cardId: No card in this file has this id.",
        expect.stringMatching(/^profile\.timeZone: Unknown time zone/),
      ]),
    );
    expect(await learning(target.id)).toEqual(before);
  });

  it("a file over the size limit is cut off while it streams in (413), even without a Content-Length", async () => {
    const target = await makeUser();
    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_USER_DATA_IMPORT_BYTES) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await upload(target, stream);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(MAX_USER_DATA_IMPORT_BYTES + 2 * chunk.byteLength);
  });

  it("someone else's card, review, text and profile ids in the file reach nothing of theirs", async () => {
    const textId = await sharedText();
    const victim = await makeLearnerWithHistory(textId);
    const victimBefore = await learning(victim.learner.id);
    const victimProfile = await db.user.findUniqueOrThrow({ where: { id: victim.learner.id } });
    const victimSentence = await db.sentence.findFirstOrThrow({ where: { textId: victim.ownTextId } });
    const stolen = await exportFile(victim.learner);

    const attacker = await makeUser();
    const forged = {
      ...stolen,
      profile: {
        ...(stolen.profile as object),
        id: victim.learner.id,
        email: "attacker@example.test",
        dailyGoalWords: 1,
      },
      // The victim's card and review ids, and a sentence of the victim's private text.
      cards: (stolen.cards as Record<string, unknown>[]).map((c) => ({ ...c, sentenceId: victimSentence.id })),
    };
    const response = await upload(attacker, JSON.stringify(forged));
    expect(response.status).toBe(200);

    expect(await learning(victim.learner.id)).toEqual(victimBefore);
    expect(await db.user.findUniqueOrThrow({ where: { id: victim.learner.id } })).toEqual(victimProfile);
    const attackerCards = await db.card.findMany({ where: { userId: attacker.id } });
    expect(attackerCards).toHaveLength(2);
    // The victim's private sentence is not linked; the card keeps its own context text.
    expect(attackerCards.every((c) => c.sentenceId === null && c.contextText.length > 0)).toBe(true);
    const victimCardIds = new Set((await db.card.findMany({ where: { userId: victim.learner.id } })).map((c) => c.id));
    expect(attackerCards.some((c) => victimCardIds.has(c.id))).toBe(false);
    expect(await db.reviewLog.count({ where: { userId: attacker.id } })).toBe(3);
    expect(await db.reviewLog.count({ where: { userId: victim.learner.id } })).toBe(3);
  });
});
