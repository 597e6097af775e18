import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "../db";
import type { Actor } from "../actor";
import { addDays, startOfStudyDay, studyDayOf, type StudyDay } from "@/lib/core/srs/day";
import type { Rating } from "@/lib/core/srs/scheduler";
import type { QueueItemKind } from "@/lib/core/srs/queue";
import { createRandom } from "@/lib/core/random/create-random";
import { expandSentences, type ReaderLexeme, type ReaderSentence } from "@/lib/core/reading/reader-payload";
import { DEMO, type DemoAccounts } from "./seed-demo-accounts";
import { ensureSeedTexts } from "./ensure-seed-texts";
import { importText } from "./import-text";
import { getReadingView } from "./get-reading-view";
import type { LookupReport } from "@/lib/core/progress/lookup-log";
import { WORD_STATUS } from "@/lib/core/words/status";
import { setWordStatus } from "./set-word-status";
import { createReaderCard } from "./create-reader-card";
import { saveReadingProgress } from "./save-reading-progress";
import { finishText } from "./finish-text";
import { loadReviewQueue } from "./load-review-queue";
import { answerReview } from "./answer-review";
import { joinClass } from "./join-class";
import { createAssignment } from "./create-assignment";
import { findPreTeachingWords } from "./find-pre-teaching-words";
import { pushPreTeachingCards } from "./push-pre-teaching-cards";

const DEMO_TEXT_DIR = path.join(process.cwd(), "data", "demo");
const STORY_DAYS = 42;
const ASSIGNED_DAYS_AGO = 14;
const PRE_TAUGHT_DAYS_AGO = 13;
const PRE_TAUGHT_WORDS = 8;
/** Function words a learner knows from the first lesson; content words are decided one by one. */
const FUNCTION_POS = new Set(["DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"]);

interface TextPlan {
  /** "seed" is the shared article the teacher assigns; otherwise a file in data/demo the learner imported. */
  text: "seed" | string;
  /** Share of the text's sentences read in the story. */
  readShare: number;
  /** Finish it (and mark the untouched words known, as "Finish text" offers) once read to the end. */
  markKnownOnFinish?: boolean;
}

interface LearnerProfile {
  email: string;
  /** First day (days before today) the learner is active; they join the class that day. */
  startsDaysAgo: number;
  /** Chance of studying on a given day; the last `streakDays` days before today are all studied. */
  activeRate: number;
  streakDays: number;
  /** Sentences read per session, inclusive range. */
  pace: [number, number];
  plan: TextPlan[];
  /** Chances for a new content word met while reading: a card, marked known, only looked up. */
  cardRate: number;
  knownRate: number;
  lookupRate: number;
  /** Chance of recalling a review card (true retention hovers near it). */
  recall: number;
  maxAnswersPerSession: number;
}

/**
 * Five learners at different stages: the demo learner with six weeks behind
 * her, a keen one who finished the assignment, one well on the way, one who
 * struggles, and one who joined last week.
 */
const PROFILES: LearnerProfile[] = [
  {
    email: DEMO.learnerEmail,
    startsDaysAgo: STORY_DAYS - 1,
    activeRate: 0.72,
    streakDays: 12,
    pace: [1, 3],
    plan: [
      { text: "ein-neuer-anfang.de.txt", readShare: 1, markKnownOnFinish: true },
      { text: "der-ausflug.de.txt", readShare: 1, markKnownOnFinish: true },
      { text: "seed", readShare: 0.5 },
    ],
    cardRate: 0.3,
    knownRate: 0.3,
    lookupRate: 0.15,
    recall: 0.88,
    maxAnswersPerSession: 12,
  },
  {
    email: DEMO.classmates[0].email,
    startsDaysAgo: ASSIGNED_DAYS_AGO + 1,
    activeRate: 0.95,
    streakDays: 9,
    pace: [4, 7],
    plan: [{ text: "seed", readShare: 1, markKnownOnFinish: true }],
    cardRate: 0.25,
    knownRate: 0.45,
    lookupRate: 0.2,
    recall: 0.93,
    maxAnswersPerSession: 14,
  },
  {
    email: DEMO.classmates[1].email,
    startsDaysAgo: ASSIGNED_DAYS_AGO + 1,
    activeRate: 0.75,
    streakDays: 3,
    pace: [2, 5],
    plan: [{ text: "seed", readShare: 0.7 }],
    cardRate: 0.2,
    knownRate: 0.3,
    lookupRate: 0.3,
    recall: 0.87,
    maxAnswersPerSession: 10,
  },
  {
    email: DEMO.classmates[2].email,
    startsDaysAgo: ASSIGNED_DAYS_AGO - 2,
    activeRate: 0.45,
    streakDays: 0,
    pace: [1, 3],
    plan: [{ text: "seed", readShare: 0.3 }],
    cardRate: 0.12,
    knownRate: 0.15,
    lookupRate: 0.45,
    recall: 0.76,
    maxAnswersPerSession: 8,
  },
  {
    email: DEMO.classmates[3].email,
    startsDaysAgo: 6,
    activeRate: 0.6,
    streakDays: 2,
    pace: [1, 2],
    plan: [{ text: "seed", readShare: 0.12 }],
    cardRate: 0.06,
    knownRate: 0.2,
    lookupRate: 0.5,
    recall: 0.82,
    maxAnswersPerSession: 6,
  },
];

interface LoadedText {
  textId: string;
  sentences: ReaderSentence[];
  lexemes: Record<string, ReaderLexeme>;
}

interface LearnerState {
  actor: Actor;
  profile: LearnerProfile;
  random: () => number;
  planIndex: number;
  current: LoadedText | null;
  nextSentence: number;
  /** Lexemes the learner has already decided about (statuses change as the story goes on). */
  decided: Set<string>;
  /** Look-ups since the last progress report, sent with it as the reader does. */
  lookups: LookupReport[];
}

/** The dictionary panel opened and used (a card added) or read for a few seconds. */
function panelLookup(lexemeId: string, usedPanel: boolean): LookupReport {
  return { lexemeId, kind: "panel", durationMs: usedPanel ? 2500 : 4000, changedStatus: false, usedPanel };
}

export interface DemoStorySummary {
  created: boolean;
  reviews: number;
  ms: number;
}

const minutes = (n: number) => n * 60_000;
const pick = (random: () => number, [low, high]: [number, number]) => low + Math.floor(random() * (high - low + 1));

/** A v4-shaped UUID from the seeded PRNG, so answer ids are reproducible too. */
function randomUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)]!;
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** What a learner answers: new and learning cards are harder than mature ones. */
function chooseRating(random: () => number, kind: QueueItemKind, recall: number): Rating {
  const r = random();
  const again = kind === "review" ? 1 - recall : (1 - recall) * 1.8;
  if (r < again) return "again";
  if (r < again + 0.1) return "hard";
  if (r < 0.92) return "good";
  return "easy";
}

async function loadText(actor: Actor, textId: string): Promise<LoadedText> {
  const first = await getReadingView(actor, textId, 1);
  const sentences = expandSentences(first.sentences, first.lexemes);
  const lexemes = { ...first.lexemes };
  for (let page = 2; page <= first.pageCount; page++) {
    const view = await getReadingView(actor, textId, page);
    sentences.push(...expandSentences(view.sentences, view.lexemes));
    Object.assign(lexemes, view.lexemes);
  }
  return { textId, sentences, lexemes };
}

async function resolveText(learner: LearnerState, plan: TextPlan, seedTextId: string): Promise<string> {
  if (plan.text === "seed") return seedTextId;
  const content = fs.readFileSync(path.join(DEMO_TEXT_DIR, plan.text), "utf8");
  const imported = await importText(learner.actor, { content, source: "PASTE" });
  return imported.textId;
}

/** A new word met while reading: known, a card, only looked up, or left new. */
async function meetWord(learner: LearnerState, text: LoadedText, sentenceIndex: number, tokenIndex: number, at: Date) {
  const token = text.sentences[sentenceIndex]?.tokens[tokenIndex];
  const lexemeId = token?.lexemeId;
  if (!token || !lexemeId || learner.decided.has(lexemeId)) return;
  learner.decided.add(lexemeId);
  const lexeme = text.lexemes[lexemeId];
  if (!lexeme || lexeme.status !== WORD_STATUS.new || lexeme.pos === "PROPN") return;
  const { actor, profile, random } = learner;
  const textId = text.textId;
  // Function words are left to "Finish text" (it marks what is still new as known), as a learner pages on.
  if (FUNCTION_POS.has(lexeme.pos)) return;
  const r = random();
  if (r < profile.cardRate) {
    if (random() < 0.6) learner.lookups.push(panelLookup(lexemeId, true));
    await createReaderCard(actor, { textId, sentenceIndex, tokenIndex }, at);
  } else if (r < profile.cardRate + profile.knownRate) {
    await setWordStatus(actor, { textId, lexemeId, status: WORD_STATUS.known }, at);
  } else if (r < profile.cardRate + profile.knownRate + profile.lookupRate) {
    learner.lookups.push(panelLookup(lexemeId, false));
  }
}

/** Reads on in the current text for one session; returns the clock after it. */
async function readSession(learner: LearnerState, start: Date, seedTextId: string, isSeedAssigned: boolean) {
  let at = start;
  let sentencesLeft = pick(learner.random, learner.profile.pace);
  while (sentencesLeft > 0) {
    const plan = learner.profile.plan[learner.planIndex];
    if (!plan || (plan.text === "seed" && !isSeedAssigned)) return at;
    if (!learner.current) {
      learner.current = await loadText(learner.actor, await resolveText(learner, plan, seedTextId));
      learner.nextSentence = 0;
    }
    const text = learner.current;
    const target = Math.max(1, Math.round(text.sentences.length * plan.readShare));
    if (learner.nextSentence >= target) {
      if (plan.readShare >= 1) await finishText(learner.actor, { textId: text.textId, markKnown: Boolean(plan.markKnownOnFinish) }, at);
      learner.planIndex++;
      learner.current = null;
      continue;
    }
    const sentenceIndex = learner.nextSentence++;
    const sentence = text.sentences[sentenceIndex]!;
    for (let tokenIndex = 0; tokenIndex < sentence.tokens.length; tokenIndex++) {
      await meetWord(learner, text, sentenceIndex, tokenIndex, at);
    }
    // About four seconds a word, with look-ups and rereading; the reader reports at most 120 s at a time.
    const words = sentence.tokens.filter((t) => t.kind === "word").length;
    const seconds = Math.min(120, Math.round(words * (2.5 + learner.random() * 3)));
    at = new Date(at.getTime() + seconds * 1000);
    const lookups = learner.lookups.splice(0);
    await saveReadingProgress(learner.actor, { textId: text.textId, sentenceIndex, seconds, lookups }, at);
    sentencesLeft--;
  }
  return at;
}

/**
 * Answers what today's queue offers at `start`, in `rounds` passes: the cards
 * due, then those answered Again (back after a minute). Each pass is one
 * queue load, the story's dearest query.
 */
async function reviewSession(learner: LearnerState, start: Date, limit: number, rounds: number) {
  let at = start;
  let answered = 0;
  const { actor, random, profile } = learner;
  for (let round = 0; round < rounds && answered < limit; round++) {
    const { queue } = await loadReviewQueue(actor, at);
    const ready = queue.items.filter((item) => item.due.getTime() <= at.getTime() + minutes(1));
    if (ready.length === 0) break;
    for (const item of ready.slice(0, limit - answered)) {
      const durationMs = Math.round(4000 + random() * 9000);
      at = new Date(at.getTime() + durationMs);
      const rating = chooseRating(random, item.kind, profile.recall);
      await answerReview(actor, { cardId: item.cardId, clientId: randomUuid(random), rating, durationMs }, at);
      answered++;
    }
  }
  return { at, answered };
}

/** One learner's day: join on the first, then (if studying that day) review, read, and review what came due. */
async function studyDay(
  learner: LearnerState,
  daysAgo: number,
  dayAt: (daysAgo: number, hour: number) => Date,
  seedTextId: string,
  isSeedAssigned: boolean,
): Promise<number> {
  const { profile, random } = learner;
  if (daysAgo > profile.startsDaysAgo) return 0;
  if (daysAgo === profile.startsDaysAgo) await joinClass(learner.actor, DEMO.joinCode, "demo-seed", dayAt(daysAgo, 9));
  // The day before the streak began is a day off, so the streak has a clear start.
  const isActive =
    daysAgo <= profile.streakDays ? true : daysAgo === profile.streakDays + 1 ? false : random() < profile.activeRate;
  if (!isActive) return 0;
  const start = dayAt(daysAgo, 17 + random() * 4);
  const first = await reviewSession(learner, start, profile.maxAnswersPerSession, 2);
  const afterReading = await readSession(learner, first.at, seedTextId, isSeedAssigned);
  // After reading, the learning steps (10 minutes) have come round once more.
  const second = await reviewSession(learner, afterReading, profile.maxAnswersPerSession - first.answered, 1);
  return first.answered + second.answered;
}

/**
 * Six weeks of believable history for demo mode, made by the app's own data
 * functions on an injected clock with a seeded PRNG (the same story on every
 * install, ending yesterday evening): the demo learner's reading, words,
 * cards and reviews with a current streak and cards due today; four
 * classmates at different stages; the teacher's assignment of the shared
 * article and a pre-teaching push. Runs once: skipped when the demo learner
 * already has any reading or cards.
 */
export async function seedDemoStory(demo: DemoAccounts, now = new Date()): Promise<DemoStorySummary> {
  const startedAt = Date.now();
  const [reading, cards] = await Promise.all([
    db.readingProgress.count({ where: { userId: demo.learnerId } }),
    db.card.count({ where: { userId: demo.learnerId } }),
  ]);
  if (reading > 0 || cards > 0) return { created: false, reviews: 0, ms: Date.now() - startedAt };

  const { textId: seedTextId } = await ensureSeedTexts();
  const teacher: Actor = { id: demo.teacherId, role: "TEACHER" };
  const learnerIds = new Map<string, string>([
    [DEMO.learnerEmail, demo.learnerId],
    ...demo.classmates.map((c): [string, string] => [c.email, c.id]),
  ]);
  const learners: LearnerState[] = PROFILES.map((profile, i) => ({
    actor: { id: learnerIds.get(profile.email)!, role: "LEARNER" },
    profile,
    random: createRandom(1703 + i * 7919),
    planIndex: 0,
    current: null,
    nextSentence: 0,
    decided: new Set(),
    lookups: [],
  }));

  // Days are the demo time zone's study days (day start 04:00), so every session lands on its own day.
  const { timeZone, dayStartHour } = { timeZone: "Europe/Berlin", dayStartHour: 4 };
  const today: StudyDay = studyDayOf(now, timeZone, dayStartHour);
  const dayAt = (daysAgo: number, hour: number) =>
    new Date(startOfStudyDay(addDays(today, -daysAgo), timeZone, dayStartHour).getTime() + minutes((hour - dayStartHour) * 60));

  let assignmentId: string | null = null;
  let reviews = 0;
  for (let daysAgo = STORY_DAYS - 1; daysAgo >= 1; daysAgo--) {
    if (daysAgo === ASSIGNED_DAYS_AGO) {
      const assignment = await createAssignment(
        teacher,
        {
          classId: demo.classId,
          textId: seedTextId,
          dueDate: addDays(today, 4),
          note: "Read at least the first half and add the words you want to keep.",
        },
        dayAt(daysAgo, 8),
      );
      assignmentId = assignment.id;
    }
    if (daysAgo === PRE_TAUGHT_DAYS_AGO && assignmentId) {
      const { words } = await findPreTeachingWords(teacher, assignmentId);
      const lexemeIds = words.slice(0, PRE_TAUGHT_WORDS).map((w) => w.lexemeId);
      if (lexemeIds.length > 0) await pushPreTeachingCards(teacher, { assignmentId, lexemeIds }, dayAt(daysAgo, 8));
    }
    // Learners touch only their own rows, and each draws from its own PRNG: their days run side by side
    // (the teacher's steps above stay in order) and the story is the same whatever the interleaving.
    const answered = await Promise.all(
      learners.map((learner) => studyDay(learner, daysAgo, dayAt, seedTextId, assignmentId !== null)),
    );
    reviews += answered.reduce((sum, n) => sum + n, 0);
  }
  return { created: true, reviews, ms: Date.now() - startedAt };
}
