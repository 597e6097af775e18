// Authorization matrix over every data function in lib/server/data, every
// route handler in app/api and every server action: learner A vs learner B,
// the class's teacher vs a teacher of another class, and signed out.
// Reads and writes are either allowed or answered NOT_FOUND (404); signed-out
// requests get 401 (routes) or a "sign in again" answer (actions) and change nothing.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";

// Signed-in state for routes and actions; data functions get the actor directly.
const session = vi.hoisted(() => ({ actor: null as (Actor & { name: string; email: string }) | null }));
vi.mock("@/lib/server/auth", () => ({
  getActor: async () => session.actor,
  requireUser: async () => {
    if (!session.actor) throw new Error("NEXT_REDIRECT /signin");
    return session.actor;
  },
  requireTeacher: async () => {
    if (!session.actor || session.actor.role !== "TEACHER") throw new Error("NEXT_REDIRECT");
    return session.actor;
  },
  auth: async () => null,
  authOptions: {},
}));

import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { builtActionKind } from "@/lib/server/action";
import { isBuiltHandler } from "@/lib/server/http/route";
import { makeUser, TEST_PASSWORD } from "../helpers/factories";
import { makeClass, makeText, type TestText } from "./teach/fixtures";
// teach & progress
import { getClassById } from "@/lib/server/data/get-class-by-id";
import { createClass } from "@/lib/server/data/create-class";
import { findTaughtClasses } from "@/lib/server/data/find-taught-classes";
import { findClassLearners } from "@/lib/server/data/find-class-learners";
import { removeLearner } from "@/lib/server/data/remove-learner";
import { getClassByJoinCode } from "@/lib/server/data/get-class-by-join-code";
import { joinClass } from "@/lib/server/data/join-class";
import { leaveClass } from "@/lib/server/data/leave-class";
import { findLearnerClasses } from "@/lib/server/data/find-learner-classes";
import { findAssignableTexts } from "@/lib/server/data/find-assignable-texts";
import { createAssignment } from "@/lib/server/data/create-assignment";
import { deleteAssignment } from "@/lib/server/data/delete-assignment";
import { findClassAssignments } from "@/lib/server/data/find-class-assignments";
import { findClassTopLookups } from "@/lib/server/data/find-class-top-lookups";
import { getAssignmentDashboard } from "@/lib/server/data/get-assignment-dashboard";
import { findLearnerAssignments } from "@/lib/server/data/find-learner-assignments";
import { findPreTeachingWords } from "@/lib/server/data/find-pre-teaching-words";
import { pushPreTeachingCards } from "@/lib/server/data/push-pre-teaching-cards";
import { getTextForEditing } from "@/lib/server/data/get-text-for-editing";
import { updateSentenceTranslation } from "@/lib/server/data/update-sentence-translation";
import { updateGlossOverride } from "@/lib/server/data/update-gloss-override";
import { updateDailyGoal } from "@/lib/server/data/update-daily-goal";
import { getProgressOverview } from "@/lib/server/data/get-progress-overview";
import { getTimeZone } from "@/lib/server/data/get-time-zone";
// reading
import { getReadableText } from "@/lib/server/data/get-readable-text";
import { getReadableSentence } from "@/lib/server/data/get-readable-sentence";
import { findClassCorrections } from "@/lib/server/data/find-class-corrections";
import { findSentenceLengths } from "@/lib/server/data/find-sentence-lengths";
import { getReaderShell, getReadingView } from "@/lib/server/data/get-reading-view";
import { getReaderTextPage } from "@/lib/server/data/get-reader-text-page";
import { getWordDetails } from "@/lib/server/data/get-word-details";
import { findLibraryTexts } from "@/lib/server/data/find-library-texts";
import { createReaderCard } from "@/lib/server/data/create-reader-card";
import { saveReadingProgress } from "@/lib/server/data/save-reading-progress";
import { finishText } from "@/lib/server/data/finish-text";
import { setWordStatus } from "@/lib/server/data/set-word-status";
import { setWordMeaning } from "@/lib/server/data/set-word-meaning";
import { savePhrase } from "@/lib/server/data/save-phrase";
import { importText } from "@/lib/server/data/import-text";
// review
import { answerReview } from "@/lib/server/data/answer-review";
import { undoLastReview } from "@/lib/server/data/undo-last-review";
import { setCardType } from "@/lib/server/data/set-card-type";
import { getReviewSession } from "@/lib/server/data/get-review-session";
import { loadReviewQueue } from "@/lib/server/data/load-review-queue";
import { countDueCards } from "@/lib/server/data/count-due-cards";
import { exportCards } from "@/lib/server/data/export-cards";
import { getReviewSettings } from "@/lib/server/data/get-review-settings";
import { updateReviewSettings } from "@/lib/server/data/update-review-settings";
import { getReadingSettings, updateReadingSettings } from "@/lib/server/data/update-reading-settings";
import { requestOptimization } from "@/lib/server/data/request-optimization";
import { getOptimizerJob, findLatestOptimizerJob } from "@/lib/server/data/get-optimizer-job";
// import jobs
import { getImportJob } from "@/lib/server/data/get-import-job";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { parsed } from "../helpers/parsed";
import { createAssignmentSchema } from "@/lib/validation/teach";
import os from "node:os";
import { attachTextAudio } from "@/lib/server/data/attach-text-audio";
import { getTextAudio } from "@/lib/server/data/get-text-audio";
import { getTextMedia } from "@/lib/server/data/get-text-media";
import { updateSentenceTimingsFromAudio } from "@/lib/server/data/update-sentence-timings-from-audio";
import { getDictionarySettings, updateDictionarySettings } from "@/lib/server/data/update-dictionary-settings";
import { dictionarySettingsSchema } from "@/lib/validation/dictionaries";
import { toneWav } from "./import/format-files";

type Who = "learnerA" | "learnerB" | "teacherX" | "teacherY";
const EVERYONE: Who[] = ["learnerA", "learnerB", "teacherX", "teacherY"];

/**
 * Exports of lib/server/data that take no acting user, on purpose: sign-up and
 * sign-in (public by nature), rate limiting, seeding, background jobs, access
 * filters and pure helpers. Every other export must appear in COVERED below.
 */
const NOT_ACTOR_SCOPED = new Set([
  "createUser",
  "verifyCredentials",
  "SIGN_IN_LIMIT",
  // Checks a verified session token's user id before there is an actor (next-auth's jwt callback).
  "getSessionState",
  // Ends the session token being signed out, with the user id from that verified token (next-auth's signOut event).
  "revokeSession",
  "consumeRateLimit",
  "peekRateLimit",
  "seedDemoAccounts",
  "seedDemoStory",
  "DEMO",
  "ensureSeedTexts",
  "runOptimizerJobs",
  "resolveReviewClock",
  "readableTextWhere",
  "ownedTextWhere",
  "taughtClassWhere",
  "taughtAssignmentWhere",
  "enrolledClassWhere",
  "assignableTextWhere",
  "correctableAssignmentWhere",
  "correctionClassWhere",
  "ownedCardWhere",
  "ownedReviewLogWhere",
  "parseInput",
  "parseIdOrNotFound",
  "difficultyOf",
  "toReviewCardView",
  "toSchedulingUser",
  "loadSchedulingUser",
  // Outbound fetch guard for URL imports (no user data), and the in-process job
  // runner that startImportJob calls with the actor's own id.
  "fetchArticle",
  "isBlockedAddress",
  "runImportJob",
  "NOT_A_WORD_POS",
  "PRE_TEACH_POS",
  "KNOWN_STATUS_CODES",
  "PROGRESS_WINDOWS",
  "EXPORT_DECK_NAME",
]);
// Uploaded audio goes to a folder of this run, not the working tree's .data.
process.env.LESEFLUSS_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "lesefluss-matrix-"));

const COVERED = new Set<string>();
function covers(...names: string[]) {
  for (const n of names) COVERED.add(n);
}

interface World {
  actors: Record<Who, Actor & { email: string }>;
  classX: { id: string; joinCode: string };
  classY: { id: string; joinCode: string };
  textX: TestText;
  /** A second text of teacher X, not yet assigned. */
  spareX: TestText;
  privateY: TestText;
  assignmentX: string;
  cardA: string;
  jobA: string;
  importJobA: string;
}

async function makeWorld(): Promise<World> {
  const actors = {
    learnerA: await makeUser("LEARNER"),
    learnerB: await makeUser("LEARNER"),
    teacherX: await makeUser("TEACHER"),
    teacherY: await makeUser("TEACHER"),
  };
  const classX = await makeClass(actors.teacherX, [actors.learnerA]);
  const classY = await makeClass(actors.teacherY, [actors.learnerB]);
  const textX = await makeText(actors.teacherX, { title: "Text of teacher X" });
  const spareX = await makeText(actors.teacherX, { title: "Spare text of teacher X" });
  const privateY = await makeText(actors.teacherY, { title: "Private text of teacher Y" });
  const assignment = await db.assignment.create({
    data: { classId: classX.id, textId: textX.id, note: "secret-note-X" },
  });
  const einladung = textX.lexemes["Einladung|NOUN"]!;
  const card = await db.card.create({
    data: {
      userId: actors.learnerA.id,
      lexemeId: einladung,
      front: "card-of-learner-A",
      back: "invitation",
      contextText: "x",
      highlight: [],
      due: new Date(Date.now() - 60_000),
    },
  });
  await db.readingProgress.create({
    data: { userId: actors.learnerA.id, textId: textX.id, maxSentence: 0, secondsSpent: 42 },
  });
  await db.lookupEvent.create({ data: { userId: actors.learnerA.id, lexemeId: einladung, textId: textX.id } });
  await db.classGlossCorrection.create({
    data: { classId: classX.id, textId: textX.id, lexemeId: einladung, gloss: "secret-gloss-of-class-X" },
  });
  await db.wordStatus.create({
    data: { userId: actors.learnerA.id, lexemeId: textX.lexemes["Haus|NOUN"]!, status: "KNOWN" },
  });
  const job = await db.optimizerJob.create({ data: { userId: actors.learnerA.id } });
  const importJob = await db.importJob.create({ data: { userId: actors.learnerA.id } });
  return {
    actors,
    classX,
    classY,
    textX,
    spareX,
    privateY,
    assignmentX: assignment.id,
    cardA: card.id,
    jobA: job.id,
    importJobA: importJob.id,
  };
}

async function outcome(run: () => Promise<unknown>): Promise<"ok" | string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** Runs `run` as each actor; denied actors must get `deniedCode`, allowed ones must succeed. Denied actors run first, so a write can't hide a later leak. */
async function expectMatrix(
  world: World,
  allowed: Who[],
  run: (actor: Actor, w: World) => Promise<unknown>,
  deniedCode = "NOT_FOUND",
) {
  const denied = EVERYONE.filter((w) => !allowed.includes(w));
  const results: Record<string, string> = {};
  for (const who of [...denied, ...allowed]) results[who] = await outcome(() => run(world.actors[who], world));
  const expected = Object.fromEntries(
    [...denied, ...allowed].map((who) => [who, allowed.includes(who) ? "ok" : deniedCode]),
  );
  expect(results).toEqual(expected);
}

/** For list-style reads: what each actor gets must mention `secret` only for the allowed actors. */
async function expectVisibleOnlyTo(
  world: World,
  allowed: Who[],
  secret: string,
  run: (actor: Actor) => Promise<unknown>,
) {
  const seen: Record<string, boolean> = {};
  for (const who of EVERYONE) {
    const result = await run(world.actors[who]);
    const text = result instanceof Uint8Array ? Buffer.from(result).toString("utf8") : JSON.stringify(result);
    seen[who] = text.includes(secret);
  }
  expect(seen).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who)])));
}

describe("authorization matrix: reads", () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });

  it.each<[string, Who[], (a: Actor, w: World) => Promise<unknown>]>([
    ["getClassById", ["teacherX"], (a, w) => getClassById(a, w.classX.id)],
    ["findClassLearners", ["teacherX"], (a, w) => findClassLearners(a, w.classX.id)],
    ["findClassAssignments", ["teacherX"], (a, w) => findClassAssignments(a, w.classX.id)],
    ["findClassTopLookups", ["teacherX"], (a, w) => findClassTopLookups(a, w.classX.id)],
    ["getAssignmentDashboard", ["teacherX"], (a, w) => getAssignmentDashboard(a, w.assignmentX)],
    ["findPreTeachingWords", ["teacherX"], (a, w) => findPreTeachingWords(a, w.assignmentX)],
    ["getTextForEditing", ["teacherX"], (a, w) => getTextForEditing(a, w.textX.id)],
    ["getTextForEditing (class)", ["teacherX"], (a, w) => getTextForEditing(a, w.textX.id, w.classX.id)],
    ["getReadableText", ["teacherX", "learnerA"], (a, w) => getReadableText(a, w.textX.id)],
    ["getReadableSentence", ["teacherX", "learnerA"], (a, w) => getReadableSentence(a, w.textX.id, 0)],
    ["getReadingView", ["teacherX", "learnerA"], (a, w) => getReadingView(a, w.textX.id)],
    ["getReaderShell", ["teacherX", "learnerA"], (a, w) => getReaderShell(a, w.textX.id)],
    ["getReaderTextPage", ["teacherX", "learnerA"], (a, w) => getReaderTextPage(a, w.textX.id, 1)],
    ["getTextMedia", ["teacherX", "learnerA"], (a, w) => getTextMedia(a, w.textX.id)],
    [
      "getWordDetails",
      ["teacherX", "learnerA"],
      (a, w) => getWordDetails(a, w.textX.id, w.textX.lexemes["Haus|NOUN"]!),
    ],
    ["getOptimizerJob", ["learnerA"], (a, w) => getOptimizerJob(a, w.jobA)],
    ["getImportJob", ["learnerA"], (a, w) => getImportJob(a, w.importJobA)],
    ["getClassByJoinCode", EVERYONE, (a, w) => getClassByJoinCode(a, w.classX.joinCode)],
    // Teacher Y can't assign teacher X's private text to their own class.
    [
      "createAssignment (foreign text)",
      [],
      (a, w) => createAssignment(a, parsed(createAssignmentSchema, { classId: w.classY.id, textId: w.spareX.id })),
    ],
  ])("%s: allowed for %j, NOT_FOUND for the rest", async (name, allowed, run) => {
    covers(name);
    await expectMatrix(w, allowed, run);
  });

  it("answers unknown ids exactly like foreign ones", async () => {
    const t = w.actors.teacherX;
    for (const run of [
      () => getClassById(t, "unknown"),
      () => getAssignmentDashboard(t, "unknown"),
      () => findPreTeachingWords(t, "../../etc"),
      () => getTextForEditing(t, ""),
      () => getReadableText(t, "unknown"),
      () => getReadableSentence(t, w.textX.id, 9999),
      () => getClassByJoinCode(t, "NOPE-NOPE"),
      () => getOptimizerJob(w.actors.learnerA, "unknown"),
    ]) {
      expect(await outcome(run)).toBe("NOT_FOUND");
    }
  });

  it.each<[string, Who[], (w: World) => string, (a: Actor) => Promise<unknown>]>([
    ["findTaughtClasses", ["teacherX"], (w) => w.classX.id, (a) => findTaughtClasses(a)],
    ["findLearnerClasses", ["learnerA"], (w) => w.classX.id, (a) => findLearnerClasses(a)],
    ["findLearnerAssignments", ["learnerA"], () => "secret-note-X", (a) => findLearnerAssignments(a)],
    ["findAssignableTexts", ["teacherX"], (w) => w.textX.id, (a) => findAssignableTexts(a)],
    ["findLibraryTexts", ["learnerA", "teacherX"], (w) => w.textX.id, (a) => findLibraryTexts(a)],
    ["getReviewSession", ["learnerA"], (w) => w.cardA, (a) => getReviewSession(a)],
    ["loadReviewQueue", ["learnerA"], (w) => w.cardA, (a) => loadReviewQueue(a, new Date())],
    ["exportCards", ["learnerA"], () => "card-of-learner-A", async (a) => (await exportCards(a, "csv")).body],
    ["findLatestOptimizerJob", ["learnerA"], (w) => w.jobA, (a) => findLatestOptimizerJob(a)],
    [
      "findSentenceLengths",
      ["learnerA", "teacherX"],
      (w) => w.textX.id,
      async (a) => Object.fromEntries(await findSentenceLengths(a, [w.textX.id])),
    ],
    [
      "findClassCorrections",
      ["learnerA", "teacherX"],
      () => "secret-gloss-of-class-X",
      async (a) => Object.fromEntries((await findClassCorrections(a, w.textX.id)).glossByLexeme),
    ],
  ])("%s: the secret shows only for %j", async (name, allowed, secret, run) => {
    covers(name);
    await expectVisibleOnlyTo(w, allowed, secret(w), run);
  });

  it("getTextAudio: a text's audio goes to its readers only (issue 16)", async () => {
    covers("getTextAudio");
    await attachTextAudio(w.actors.teacherX, w.textX.id, new Blob([new Uint8Array(toneWav(0.1))]).stream());
    await expectMatrix(w, ["teacherX", "learnerA"], (a, w) => getTextAudio(a, w.textX.id));
  });

  it("updateSentenceTimingsFromAudio: only the text's owner marks sentence starts (issue 16)", async () => {
    covers("updateSentenceTimingsFromAudio");
    await attachTextAudio(w.actors.teacherX, w.textX.id, new Blob([new Uint8Array(toneWav(0.1))]).stream());
    await expectMatrix(w, ["teacherX"], (a, w) =>
      updateSentenceTimingsFromAudio(a, w.textX.id, { marks: [{ index: 0, startMs: 0 }], endMs: 100 }),
    );
  });

  it("getDictionarySettings: a learner's dictionaries are their own (issue 16)", async () => {
    covers("getDictionarySettings", "updateDictionarySettings");
    await updateDictionarySettings(
      w.actors.learnerA,
      parsed(dictionarySettingsSchema, {
        dictionaries: ["custom"],
        dictionaryUrl: "https://secret-of-a.example/{lemma}",
      }),
    );
    await expectVisibleOnlyTo(w, ["learnerA"], "secret-of-a.example", async (a) => getDictionarySettings(a));
  });

  it("keeps per-user figures per user (progress, due count, settings, time zone)", async () => {
    covers("getProgressOverview", "countDueCards", "getReviewSettings", "getTimeZone");
    const a = await getProgressOverview(w.actors.learnerA);
    expect([a.knownWords, a.cardCount]).toEqual([1, 1]);
    for (const who of ["learnerB", "teacherX", "teacherY"] as const) {
      const p = await getProgressOverview(w.actors[who]);
      expect([who, p.knownWords, p.cardCount, p.dueToday]).toEqual([who, 0, 0, 0]);
      expect(await countDueCards(w.actors[who])).toBe(0);
    }
    expect(await countDueCards(w.actors.learnerA)).toBe(1);
    await db.user.update({ where: { id: w.actors.learnerA.id }, data: { newCardsPerDay: 7, timeZone: "Asia/Tokyo" } });
    expect((await getReviewSettings(w.actors.learnerA)).newCardsPerDay).toBe(7);
    expect((await getReviewSettings(w.actors.learnerB)).newCardsPerDay).toBe(20);
    expect(await getTimeZone(w.actors.learnerA)).toBe("Asia/Tokyo");
    expect(await getTimeZone(w.actors.learnerB)).toBe("UTC");
  });

  it("never shows a teacher learners outside their classes, nor figures of other texts", async () => {
    const dashboard = await getAssignmentDashboard(w.actors.teacherX, w.assignmentX);
    expect(dashboard.rows.map((r) => r.learnerId)).toEqual([w.actors.learnerA.id]);
    const learners = await findClassLearners(w.actors.teacherX, w.classX.id);
    expect(Object.keys(learners[0] ?? {}).sort()).toEqual(["id", "joinedAt", "name"]);
  });
});

describe("authorization matrix: writes", () => {
  const cases: [string, Who[], (a: Actor, w: World) => Promise<unknown>, string?][] = [
    ["createClass", ["teacherX", "teacherY"], (a) => createClass(a, { name: "New" })],
    [
      "createAssignment",
      ["teacherX"],
      (a, w) =>
        createAssignment(
          a,
          parsed(createAssignmentSchema, { classId: w.classX.id, textId: w.spareX.id, note: "again" }),
        ),
    ],
    ["deleteAssignment", ["teacherX"], (a, w) => deleteAssignment(a, w.assignmentX)],
    ["removeLearner", ["teacherX"], (a, w) => removeLearner(a, w.classX.id, w.actors.learnerA.id)],
    [
      "pushPreTeachingCards",
      ["teacherX"],
      (a, w) => pushPreTeachingCards(a, { assignmentId: w.assignmentX, lexemeIds: [w.textX.lexemes["Haus|NOUN"]!] }),
    ],
    [
      "updateSentenceTranslation",
      ["teacherX"],
      (a, w) =>
        updateSentenceTranslation(a, {
          textId: w.textX.id,
          sentenceId: w.textX.sentenceIds[0]!,
          translation: "Changed.",
        }),
    ],
    [
      "updateGlossOverride",
      ["teacherX"],
      (a, w) => updateGlossOverride(a, { textId: w.textX.id, lexemeId: w.textX.lexemes["Haus|NOUN"]!, gloss: "home" }),
    ],
    [
      "updateSentenceTranslation",
      ["teacherX"],
      (a, w) =>
        updateSentenceTranslation(a, {
          textId: w.textX.id,
          classId: w.classX.id,
          sentenceId: w.textX.sentenceIds[0]!,
          translation: "Changed for the class.",
        }),
    ],
    [
      "updateGlossOverride",
      ["teacherX"],
      (a, w) =>
        updateGlossOverride(a, {
          textId: w.textX.id,
          classId: w.classX.id,
          lexemeId: w.textX.lexemes["Haus|NOUN"]!,
          gloss: "home for the class",
        }),
    ],
    ["leaveClass", ["learnerA"], (a, w) => leaveClass(a, w.classX.id)],
    [
      "createReaderCard",
      ["learnerA", "teacherX"],
      (a, w) => createReaderCard(a, { textId: w.textX.id, sentenceIndex: 1, tokenIndex: 1 }),
    ],
    [
      "saveReadingProgress",
      ["learnerA", "teacherX"],
      (a, w) => saveReadingProgress(a, { textId: w.textX.id, sentenceIndex: 1, seconds: 10 }),
    ],
    ["finishText", ["learnerA", "teacherX"], (a, w) => finishText(a, { textId: w.textX.id, markKnown: false })],
    [
      "setWordStatus",
      ["learnerA", "teacherX"],
      (a, w) => setWordStatus(a, { textId: w.textX.id, lexemeId: w.textX.lexemes["groß|ADJ"]!, status: 5 }),
    ],
    [
      "savePhrase",
      ["learnerA", "teacherX"],
      (a, w) => savePhrase(a, { textId: w.textX.id, sentenceIndex: 1, tokenIndexes: [1, 3] }),
    ],
    [
      "answerReview",
      ["learnerA"],
      (a, w) => answerReview(a, { cardId: w.cardA, clientId: crypto.randomUUID(), rating: "good" }),
    ],
    ["setCardType", ["learnerA"], (a, w) => setCardType(a, { cardId: w.cardA, cardType: "RECALL" })],
    [
      "attachTextAudio",
      ["teacherX"],
      (a, w) => attachTextAudio(a, w.textX.id, new Blob([new Uint8Array(toneWav(0.1))]).stream()),
    ],
  ];

  it.each(cases)("%s: allowed for %j, the rest get NOT_FOUND and change nothing", async (name, allowed, run, code) => {
    covers(name);
    const w = await makeWorld();
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all([
          db.class.count(),
          db.assignment.count({ where: { classId: w.classX.id } }),
          db.enrollment.count({ where: { classId: w.classX.id } }),
          db.card.findMany({
            where: { userId: { in: Object.values(w.actors).map((a) => a.id) } },
            orderBy: { id: "asc" },
          }),
          db.sentence.findMany({ where: { textId: w.textX.id }, select: { translation: true } }),
          db.glossOverride.count({ where: { textId: w.textX.id } }),
          db.classGlossCorrection.findMany({ where: { textId: w.textX.id }, orderBy: { lexemeId: "asc" } }),
          db.classTranslationCorrection.count({ where: { textId: w.textX.id } }),
          db.readingProgress.findMany({ where: { textId: w.textX.id }, orderBy: { userId: "asc" } }),
          db.wordStatus.findMany({ where: { userId: w.actors.learnerA.id }, orderBy: { lexemeId: "asc" } }),
          db.reviewLog.count({ where: { cardId: w.cardA } }),
        ]),
      );
    const before = await snapshot();
    const denied = EVERYONE.filter((who) => !allowed.includes(who));
    for (const who of denied)
      expect([who, await outcome(() => run(w.actors[who], w))]).toEqual([who, code ?? "NOT_FOUND"]);
    expect(await snapshot()).toBe(before);
    for (const who of allowed) expect([who, await outcome(() => run(w.actors[who], w))]).toEqual([who, "ok"]);
  });

  it("joinClass: learners may join with the code; teachers can't enrol", async () => {
    covers("joinClass");
    const w = await makeWorld();
    await expectMatrix(w, ["learnerA", "learnerB"], (a) => joinClass(a, w.classX.joinCode), "INVALID_INPUT");
  });

  it("own-data writes touch only the actor's own rows", async () => {
    covers(
      "updateDailyGoal",
      "setWordMeaning",
      "updateReviewSettings",
      "updateReadingSettings",
      "getReadingSettings",
      "undoLastReview",
      "requestOptimization",
      "importText",
      "startImportJob",
    );
    const w = await makeWorld();
    const { learnerA: a, learnerB: b } = w.actors;
    await updateDailyGoal(b, { dailyGoalReviews: 99, dailyGoalWords: 1 });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.id }, select: { dailyGoalReviews: true } })).toEqual({
      dailyGoalReviews: 20,
    });
    const haus = w.textX.lexemes["Haus|NOUN"]!;
    await setWordMeaning(b, { lexemeId: haus, meaning: "B's meaning" });
    expect(
      (await db.wordStatus.findUnique({ where: { userId_lexemeId: { userId: a.id, lexemeId: haus } } }))?.userMeaning ??
        null,
    ).toBeNull();
    await updateReviewSettings(b, { ...(await getReviewSettings(b)), newCardsPerDay: 3 });
    expect((await getReviewSettings(a)).newCardsPerDay).toBe(20);
    await updateReadingSettings(b, { showGrammar: false });
    expect(await getReadingSettings(b)).toEqual({ showGrammar: false });
    expect(await getReadingSettings(a)).toEqual({ showGrammar: true });
    // B can't undo A's answer even knowing its client id.
    const clientId = crypto.randomUUID();
    await answerReview(a, { cardId: w.cardA, clientId, rating: "good" });
    expect((await undoLastReview(b, { clientId })).cardId).toBeNull();
    expect(await db.reviewLog.count({ where: { cardId: w.cardA } })).toBe(1);
    // Optimisation needs the actor's own history; B has none, whatever A has.
    expect(await outcome(() => requestOptimization(b))).not.toBe("ok");
    // An imported text belongs to its importer only.
    const imported = await importText(b, {
      content: "Das Haus ist groß. Die Katze schläft im Garten.",
      title: "B's text",
    });
    expect(await outcome(() => getReadableText(b, imported.textId))).toBe("ok");
    for (const who of ["learnerA", "teacherX", "teacherY"] as const) {
      expect([who, await outcome(() => getReadableText(w.actors[who], imported.textId))]).toEqual([who, "NOT_FOUND"]);
    }
    // An import job started by B is B's: A can't read it.
    const started = await startImportJob(b, {
      mode: "paste",
      title: "B's paste",
      content: "Der Hund bellt laut. Die Sonne scheint heute.",
    });
    await started.completion;
    expect(await outcome(() => getImportJob(b, started.jobId))).toBe("ok");
    expect(await outcome(() => getImportJob(a, started.jobId))).toBe("NOT_FOUND");
  }, 60_000);

  // Files another engineer is still writing are loaded by path, so this test
  // compiles before they land; once present they are checked like the rest.
  it("account export and deletion act on the actor's own account only", async () => {
    const dir = path.resolve("lib/server/data");
    const w = await makeWorld();
    const { learnerA: a, learnerB: b } = w.actors;
    if (fs.existsSync(path.join(dir, "export-user-data.ts"))) {
      covers("exportUserData");
      const { exportUserData } = (await import(path.join(dir, "export-user-data.ts"))) as {
        exportUserData: (actor: Actor) => Promise<unknown>;
      };
      const text = JSON.stringify(await exportUserData(b));
      expect(text).not.toContain("card-of-learner-A");
      expect(text).not.toContain(a.email);
      expect(JSON.stringify(await exportUserData(a))).toContain("card-of-learner-A");
      // B importing A's export gets copies of the cards; A's own rows (cards, reviews) stay exactly as they were.
      covers("importUserData");
      const { importUserData } = await import("@/lib/server/data/import-user-data");
      const { userDataImportSchema } = await import("@/lib/validation/user-data-import");
      const rowsOfA = async () => ({
        cards: await db.card.findMany({ where: { userId: a.id }, orderBy: { id: "asc" } }),
        reviews: await db.reviewLog.findMany({ where: { userId: a.id }, orderBy: { id: "asc" } }),
      });
      const beforeImport = await rowsOfA();
      const fileOfA = userDataImportSchema.parse(JSON.parse(JSON.stringify(await exportUserData(a))));
      await importUserData(b, fileOfA);
      expect(await rowsOfA()).toEqual(beforeImport);
      expect(
        await db.card.count({ where: { userId: b.id, front: { in: beforeImport.cards.map((c) => c.front) } } }),
      ).toBe(beforeImport.cards.length);
    }
    if (fs.existsSync(path.join(dir, "delete-account.ts"))) {
      covers("deleteAccount");
      const { deleteAccount } = (await import(path.join(dir, "delete-account.ts"))) as {
        deleteAccount: (actor: Actor, input: { password: string }) => Promise<unknown>;
      };
      covers("signOutEverywhere");
      const { signOutEverywhere } = await import("@/lib/server/data/sign-out-everywhere");
      const versions = () =>
        db.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, sessionVersion: true } });
      const before = await versions();
      await signOutEverywhere(b);
      const after = await versions();
      for (const row of after) {
        const old = before.find((r) => r.id === row.id)!.sessionVersion;
        expect(row.sessionVersion).toBe(row.id === b.id ? old + 1 : old);
      }
      // A password change touches only the actor's own row, and ends the actor's sessions only.
      covers("changePassword");
      const { changePassword } = await import("@/lib/server/data/change-password");
      const hashes = () =>
        db.user.findMany({
          where: { id: { in: [a.id, b.id] } },
          select: { id: true, passwordHash: true, sessionVersion: true },
        });
      const newPassword = "b-new-password-2026";
      expect(
        await outcome(() =>
          changePassword(b, { currentPassword: "not-bs-password", newPassword, confirmPassword: newPassword }),
        ),
      ).toBe("INVALID_INPUT");
      const beforeChange = await hashes();
      await changePassword(b, { currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword });
      for (const row of await hashes()) {
        const old = beforeChange.find((r) => r.id === row.id)!;
        expect(row.passwordHash === old.passwordHash).toBe(row.id !== b.id);
        expect(row.sessionVersion).toBe(row.id === b.id ? old.sessionVersion + 1 : old.sessionVersion);
      }
      expect(await outcome(() => deleteAccount(b, { password: TEST_PASSWORD }))).toBe("INVALID_INPUT");
      await deleteAccount(b, { password: newPassword });
      expect(await db.user.count({ where: { id: { in: [a.id, b.id] } } })).toBe(1);
      expect(await db.card.count({ where: { id: w.cardA } })).toBe(1);
    }
  });
});

/** Files under app/ whose path matches `pattern`: the doors are found by walking the tree, not listed by hand. */
function findAppFiles(pattern: RegExp, dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findAppFiles(pattern, full);
    return pattern.test(full.split(path.sep).join("/")) ? [full] : [];
  });
}

const ACTION_FILES = findAppFiles(/(^|\/)actions\.ts$|^app\/_actions\/[^/]+\.ts$/);
const ROUTE_FILES = findAppFiles(/^app\/api\/.*\/route\.ts$/).filter((f) => !f.includes("[...nextauth]"));
const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

async function exportsOf(file: string): Promise<[string, unknown][]> {
  return Object.entries((await import(path.resolve(file))) as Record<string, unknown>);
}

describe("authorization matrix: routes and server actions", () => {
  it("finds the doors", () => {
    expect(ACTION_FILES).toContain(path.join("app", "(learner)", "review", "actions.ts"));
    expect(ACTION_FILES).toContain(path.join("app", "_actions", "save-translation.ts"));
    expect(ROUTE_FILES).toContain(path.join("app", "api", "review", "answer", "route.ts"));
  });

  it("every server action is built by authedAction (only sign-up by publicAction)", async () => {
    const publicOnes: string[] = [];
    for (const file of ACTION_FILES) {
      for (const [name, value] of await exportsOf(file)) {
        const kind = builtActionKind(value);
        expect([file, name, kind === undefined ? "hand-rolled" : "built"]).toEqual([file, name, "built"]);
        if (kind === "public") publicOnes.push(name);
      }
    }
    expect(publicOnes).toEqual(["signUpAction"]);
  });

  it("every route handler is built by withActor", async () => {
    for (const file of ROUTE_FILES) {
      const handlers = (await exportsOf(file)).filter(([name]) => HTTP_METHODS.has(name));
      expect([file, handlers.length > 0]).toEqual([file, true]);
      for (const [name, handler] of handlers) expect([file, name, isBuiltHandler(handler)]).toEqual([file, name, true]);
    }
  });

  it("every route handler answers 401 signed out", async () => {
    session.actor = null;
    let checked = 0;
    for (const file of ROUTE_FILES) {
      for (const [name, handler] of await exportsOf(file)) {
        if (!HTTP_METHODS.has(name)) continue;
        const request = new Request("http://localhost/", name === "GET" ? {} : { method: name, body: "{}" });
        const anyParam = new Proxy({}, { get: () => "x" });
        const response = await (handler as (r: Request, c: unknown) => Promise<Response>)(request, {
          params: Promise.resolve(anyParam),
        });
        expect([file, name, response.status]).toEqual([file, name, 401]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it("route handlers answer 404 for another learner's job and export only the caller's cards", async () => {
    covers("getOptimizerJob");
    const w = await makeWorld();
    const exportRoute = await import("@/app/api/export/[format]/route");
    const jobRoute = await import("@/app/api/review/optimizer/[jobId]/route");
    const request = new Request("http://localhost/");
    session.actor = { ...w.actors.learnerB, name: "B" };
    expect((await jobRoute.GET(request, { params: Promise.resolve({ jobId: w.jobA }) })).status).toBe(404);
    expect((await exportRoute.GET(request, { params: Promise.resolve({ format: "pdf" }) })).status).toBe(404);
    const csv = await (await exportRoute.GET(request, { params: Promise.resolve({ format: "csv" }) })).text();
    expect(csv).not.toContain("card-of-learner-A");
    session.actor = { ...w.actors.learnerA, name: "A" };
    expect((await jobRoute.GET(request, { params: Promise.resolve({ jobId: w.jobA }) })).status).toBe(200);
    session.actor = null;
  });

  it("every signed-in server action refuses a signed-out caller and changes nothing", async () => {
    const w = await makeWorld();
    const fields: Record<string, string> = {
      name: "X",
      classId: w.classX.id,
      textId: w.textX.id,
      assignmentId: w.assignmentX,
      learnerId: w.actors.learnerA.id,
      lexemeId: w.textX.lexemes["Haus|NOUN"]!,
      lexemeIds: w.textX.lexemes["Haus|NOUN"]!,
      sentenceId: w.textX.sentenceIds[0]!,
      translation: "x",
      gloss: "x",
      joinCode: w.classX.joinCode,
      dailyGoalReviews: "1",
      dailyGoalWords: "1",
      password: TEST_PASSWORD,
    };
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const payload = {
      ...fields,
      cardId: w.cardA,
      sentenceIndex: 0,
      tokenIndex: 1,
      status: 5,
      seconds: 5,
      rating: "good",
      clientId: crypto.randomUUID(),
      markKnown: true,
      tokenIndexes: [1, 3],
      cardType: "RECALL",
      meaning: "m",
    };
    const count = () =>
      Promise.all([
        db.user.count(),
        db.class.count(),
        db.enrollment.count(),
        db.card.count(),
        db.assignment.count(),
        db.wordStatus.count(),
        db.readingProgress.count(),
        db.glossOverride.count(),
        db.optimizerJob.count(),
      ]);
    const before = await count();
    session.actor = null;
    let checked = 0;
    for (const file of ACTION_FILES) {
      for (const [name, value] of await exportsOf(file)) {
        if (builtActionKind(value) !== "signed-in") continue;
        const action = value as (a?: unknown, b?: FormData) => Promise<unknown>;
        for (const answer of [await action(payload), await action({ status: "idle" }, form), await action(form)]) {
          expect([file, name, answer]).toEqual([file, name, expect.objectContaining({ code: "UNAUTHORIZED" })]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(await count()).toEqual(before);
  });
});

describe("authorization matrix: completeness", () => {
  it("covers every actor-scoped export of lib/server/data", () => {
    const dir = path.resolve("lib/server/data");
    const exported = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) =>
        [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^export (?:async )?function (\w+)/gm)].map(
          (m) => m[1]!,
        ),
      );
    const missing = exported.filter((name) => !COVERED.has(name) && !NOT_ACTOR_SCOPED.has(name));
    expect(missing).toEqual([]);
  });
});
