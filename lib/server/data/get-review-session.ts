import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { cardFsrsSelect, fromStateCode, toSchedulingCard } from "../mappers/card";
import { previewIntervals, ratings, type Rating, type SchedulerSettings } from "@/lib/core/srs/scheduler";
import { buildCloze, chooseCardType, type CardType as Exercise, type ClozeSegment, type TextSpan } from "@/lib/core/srs/card-type";
import type { QueueItem, QueueItemKind } from "@/lib/core/srs/queue";
import { highlightSpansSchema } from "@/lib/validation/review";
import { ownedCardWhere } from "../access/review-access";
import { loadReviewQueue } from "./load-review-queue";
import { getLexicon } from "../lexicon";
import { cardGrammar } from "@/lib/core/grammar/inflection-table";

export type CardTypeSetting = "AUTO" | "RECOGNITION" | "RECALL" | "CLOZE";

/** What the review screen needs about one card: never the raw row. */
export interface ReviewCardView {
  id: string;
  kind: QueueItemKind;
  front: string;
  back: string;
  userMeaning: string | null;
  /** Answer side: a noun's plural, a verb's principal parts ("lädt ein · lud ein · hat eingeladen"). */
  grammar: string | null;
  contextText: string;
  contextTranslation: string | null;
  /** Spans of the word in contextText (valid, sorted); empty when the stored spans don't fit the sentence. */
  highlight: TextSpan[];
  cardType: CardTypeSetting;
  /** The exercise shown: the learner's choice, or chosen by maturity for AUTO. */
  exercise: Exercise;
  /** For cloze: the sentence with the word's parts blanked together. */
  cloze: ClozeSegment[] | null;
  isLeech: boolean;
  /** What each button would schedule, as shown on the button. */
  intervals: Record<Rating, { label: string; due: string }>;
}

export interface ReviewSessionView {
  current: ReviewCardView | null;
  remaining: { learning: number; review: number; new: number; total: number };
  answeredToday: number;
  /** When the next learning card (not yet shown) comes back today, ISO. */
  nextLearningDue: string | null;
  timeZone: string;
  today: string;
  /** The clock the view was computed for, ISO (the injected one in demo mode). */
  now: string;
}

const cardViewSelect = {
  id: true,
  front: true,
  back: true,
  userMeaning: true,
  contextText: true,
  contextTranslation: true,
  highlight: true,
  cardType: true,
  isLeech: true,
  lexeme: { select: { lemma: true, pos: true } },
  ...cardFsrsSelect,
} as const satisfies Prisma.CardSelect;

function toSpans(highlight: unknown, contextText: string): TextSpan[] {
  const parsed = highlightSpansSchema.safeParse(highlight);
  if (!parsed.success) return [];
  const spans = parsed.data.filter((s) => s.end <= contextText.length);
  return spans.sort((a, b) => a.start - b.start);
}

function chooseExercise(setting: CardTypeSetting, auto: () => Exercise, hasContext: boolean): Exercise {
  switch (setting) {
    case "RECOGNITION":
      return "recognition";
    case "RECALL":
      return "recall";
    case "CLOZE":
      // Nothing to blank without a located word; recognition is the honest fallback.
      return hasContext ? "cloze" : "recognition";
    case "AUTO":
      return auto();
  }
}

type CardViewRow = Prisma.CardGetPayload<{ select: typeof cardViewSelect }>;

export function toReviewCardView(
  row: CardViewRow,
  kind: QueueItemKind,
  now: Date,
  settings: SchedulerSettings,
): ReviewCardView {
  const scheduling = toSchedulingCard(row);
  const highlight = toSpans(row.highlight, row.contextText);
  const hasContext = highlight.length > 0;
  // A word without a dictionary gloss (a name, a rare word) is answered by the
  // learner's own meaning; with neither there is no English to recall or to
  // give as a cloze hint, so it is shown for recognition.
  const back = row.back || row.userMeaning || "";
  const exercise = back
    ? chooseExercise(
        row.cardType,
        () => chooseCardType({ state: fromStateCode(row.state), reps: row.reps, stability: row.stability }, { hasContext }),
        hasContext,
      )
    : "recognition";
  const preview = previewIntervals(scheduling, now, settings);
  const intervals = Object.fromEntries(
    ratings.map((rating) => [rating, { label: preview[rating].intervalLabel, due: preview[rating].due.toISOString() }]),
  ) as Record<Rating, { label: string; due: string }>;
  return {
    id: row.id,
    kind,
    front: row.front,
    back,
    userMeaning: row.userMeaning,
    grammar: cardGrammar(getLexicon(), row.lexeme.lemma, row.lexeme.pos),
    contextText: row.contextText,
    contextTranslation: row.contextTranslation,
    highlight,
    cardType: row.cardType,
    exercise,
    cloze: exercise === "cloze" ? buildCloze(row.contextText, highlight) : null,
    isLeech: row.isLeech,
    intervals,
  };
}

/**
 * The next card to show. The queue is rebuilt after every answer, and
 * buildQueue spreads new cards over the reviews that are LEFT, which would
 * push new cards ever later; so place them over the whole day instead: new
 * card k (0-based, counting those started today) comes after review number
 * floor((k + 1) · R / (N + 1)), with R and N the day's reviews and new cards.
 * Learning cards due now still come first (buildQueue puts them there).
 */
function pickNext(items: readonly QueueItem[], newDone: number, reviewsDone: number): QueueItem | undefined {
  const first = items[0];
  if (!first || first.kind === "learning") return first;
  const firstReview = items.find((item) => item.kind === "review");
  const firstNew = items.find((item) => item.kind === "new");
  if (!firstReview || !firstNew) return first;
  let reviewsLeft = 0;
  let newLeft = 0;
  for (const item of items) {
    if (item.kind === "review") reviewsLeft++;
    else if (item.kind === "new") newLeft++;
  }
  const dayReviews = reviewsDone + reviewsLeft;
  const dayNew = newDone + newLeft;
  const reviewsBeforeNextNew = Math.floor(((newDone + 1) * dayReviews) / (dayNew + 1));
  return reviewsDone >= reviewsBeforeNextNew ? firstNew : firstReview;
}

/**
 * The review screen's state at `now`: the card to show next (with the
 * intervals each button would give) and what is left today.
 *
 * @example
 * const session = await getReviewSession(actor, new Date());
 * session.current?.intervals.good.label; // "10m"
 * `preferCardId` shows that card first if it is in today's queue.
 */
export async function getReviewSession(
  actor: Actor,
  now: Date = new Date(),
  options: { preferCardId?: string } = {},
): Promise<ReviewSessionView> {
  const { user, today, queue, answeredToday, newIntroducedToday, reviewsDoneToday } = await loadReviewQueue(actor, now);
  // After an undo or a card-type change the learner expects that same card back.
  const preferred = options.preferCardId ? queue.items.find((item) => item.cardId === options.preferCardId) : undefined;
  const first = preferred ?? pickNext(queue.items, newIntroducedToday, reviewsDoneToday);
  let current: ReviewCardView | null = null;
  if (first) {
    const row = await db.card.findFirst({ where: { id: first.cardId, ...ownedCardWhere(actor) }, select: cardViewSelect });
    if (row) current = toReviewCardView(row, first.kind, now, user.settings);
  }
  return {
    current,
    remaining: { ...queue.counts, total: queue.items.length },
    answeredToday,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    timeZone: user.timeZone,
    today,
    now: now.toISOString(),
  };
}
