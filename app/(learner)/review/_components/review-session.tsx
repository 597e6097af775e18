"use client";
// The review screen: keyboard first (Space/Enter reveal, 1–4 rate, U undo),
// one card at a time; every answer goes to the server, which returns the next card.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ReviewCardView, ReviewSessionView } from "@/lib/server/data/get-review-session";
import type { Rating } from "@/lib/core/srs/scheduler";
import { matchAnswer, type AnswerMatch } from "@/lib/core/srs/answer-match";
import { answerReviewAction, setCardTypeAction, undoReviewAction, type ReviewStep } from "../actions";
import type { ActionOutcome } from "@/lib/server/action";
import { CardFace } from "./card-face";

const RATINGS: { rating: Rating; label: string; key: string }[] = [
  { rating: "again", label: "Again", key: "1" },
  { rating: "hard", label: "Hard", key: "2" },
  { rating: "good", label: "Good", key: "3" },
  { rating: "easy", label: "Easy", key: "4" },
];

type Tally = Record<Rating, number>;
const EMPTY_TALLY: Tally = { again: 0, hard: 0, good: 0, easy: 0 };

interface AnswerRecord {
  clientId: string;
  rating: Rating;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

export function ReviewSession({ initial }: { initial: ReviewSessionView }) {
  const router = useRouter();
  const [session, setSession] = useState(initial);
  const [isRevealed, setIsRevealed] = useState(false);
  const [typed, setTyped] = useState("");
  const [check, setCheck] = useState<AnswerMatch | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<AnswerRecord[]>([]);
  const [status, setStatus] = useState("");
  const shownAt = useRef(0);
  // A ref, not state: two key presses in one frame must not both submit.
  const busy = useRef(false);
  const cardRef = useRef<HTMLDivElement>(null);

  const card = session.current;

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const tally = answers.reduce<Tally>((t, a) => ({ ...t, [a.rating]: t[a.rating] + 1 }), EMPTY_TALLY);
  const done = answers.length;
  const total = done + session.remaining.total;

  const run = useCallback(
    async (action: () => Promise<ActionOutcome<ReviewStep>>, onOk?: () => void) => {
      if (busy.current) return;
      busy.current = true;
      setIsPending(true);
      setError(null);
      try {
        const result = await action();
        if (result.status === "error") {
          if (result.code === "UNAUTHORIZED") router.push("/signin?callbackUrl=/review");
          setError(result.message);
          return;
        }
        onOk?.();
        // Every successful action shows a card afresh (maybe the same one, for a learning step).
        setSession(result.data.session);
        setIsRevealed(false);
        setTyped("");
        setCheck(null);
        shownAt.current = Date.now();
      } catch (e) {
        console.error(e);
        setError("The connection failed. Check your network and try again.");
      } finally {
        busy.current = false;
        setIsPending(false);
      }
    },
    [router],
  );

  const reveal = useCallback(() => {
    if (!card || isRevealed) return;
    if (card.exercise === "recall") setCheck(matchAnswer(typed, card.front));
    setIsRevealed(true);
    // Move focus off the answer field so 1–4 rate instead of typing.
    cardRef.current?.focus();
  }, [card, isRevealed, typed]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !isRevealed) return;
      const clientId = crypto.randomUUID();
      const durationMs = Math.min(3_600_000, Math.max(0, Date.now() - shownAt.current));
      void run(
        () => answerReviewAction({ cardId: card.id, clientId, rating, durationMs }),
        () => {
          setAnswers((list) => [...list, { clientId, rating }]);
          setStatus(`${card.front}: ${rating}, next in ${card.intervals[rating].label}`);
        },
      );
    },
    [card, isRevealed, run],
  );

  const undo = useCallback(() => {
    const last = answers[answers.length - 1];
    if (!last) return;
    void run(
      () => undoReviewAction({ clientId: last.clientId }),
      () => {
        setAnswers((list) => list.slice(0, -1));
        setStatus("Last answer undone");
      },
    );
  }, [answers, run]);

  const changeType = useCallback(
    (cardType: string) => {
      if (!card) return;
      void run(() => setCardTypeAction({ cardId: card.id, cardType }));
    },
    [card, run],
  );

  // The key handler always sees this render's state: it is swapped in during
  // commit (layout effect), before the browser handles the next key. With a
  // listener re-added in a passive effect, a key pressed right after a card
  // changed could reach the previous render's handler (and undo the wrong answer).
  const onKeyDown = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKeyDown.current = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || event.repeat) return;
      const isUndo =
        (event.key === "z" && event.ctrlKey) || (!event.ctrlKey && (event.key === "u" || event.key === "U"));
      if (isTypingTarget(event.target)) return;
      if (event.ctrlKey && !isUndo) return;
      if (isUndo) {
        event.preventDefault();
        undo();
        return;
      }
      if (!isRevealed && (event.key === " " || event.key === "Enter")) {
        // Buttons and links handle their own Enter/Space.
        if (event.target instanceof HTMLElement && ["BUTTON", "A"].includes(event.target.tagName)) return;
        event.preventDefault();
        reveal();
        return;
      }
      const choice = RATINGS.find((r) => r.key === event.key);
      if (isRevealed && choice) {
        event.preventDefault();
        rate(choice.rating);
      }
    };
  }, [isRevealed, reveal, rate, undo]);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown.current(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <div className="stack review-session" data-testid="review-session">
      <div className="review-progress" data-testid="review-progress">
        <div
          className="review-progress-bar"
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
        >
          <span style={{ width: `${total ? (done / total) * 100 : 100}%` }} />
        </div>
        <span className="small muted">
          <strong data-testid="review-done">{done}</strong> of <span data-testid="review-total">{total}</span> ·{" "}
          <span data-testid="review-remaining">
            {session.remaining.learning} learning, {session.remaining.review} due, {session.remaining.new} new left
          </span>
        </span>
      </div>

      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite" data-testid="review-status">
        {status}
      </p>

      {card ? (
        <div
          className="card stack review-card"
          ref={cardRef}
          tabIndex={-1}
          data-testid="review-card"
          data-card-id={card.id}
        >
          <CardFace
            card={card}
            isRevealed={isRevealed}
            typed={typed}
            onTypedChange={setTyped}
            onSubmitTyped={reveal}
            check={check}
          />
          {isRevealed ? (
            <div className="review-ratings" role="group" aria-label="How well did you remember?">
              {RATINGS.map(({ rating, label, key }) => (
                <button
                  key={rating}
                  type="button"
                  className={`btn review-rate review-rate-${rating}`}
                  onClick={() => rate(rating)}
                  disabled={isPending}
                  data-rating={rating}
                  aria-keyshortcuts={key}
                >
                  <span className="review-rate-label">{label}</span>
                  <span className="review-interval" data-testid={`interval-${rating}`}>
                    {card.intervals[rating].label}
                  </span>
                  <kbd>{key}</kbd>
                </button>
              ))}
            </div>
          ) : (
            <button
              type="button"
              className="btn btn-primary review-reveal"
              onClick={reveal}
              aria-keyshortcuts="Space Enter"
            >
              {card.exercise === "recall" ? "Check" : "Show answer"} <kbd>Space</kbd>
            </button>
          )}
          <div className="row small muted review-card-tools">
            <label htmlFor="card-type" className="small">
              Exercise
            </label>
            <select
              id="card-type"
              value={card.cardType}
              onChange={(e) => changeType(e.target.value)}
              disabled={isPending}
            >
              <option value="AUTO">Auto (by memory)</option>
              <option value="RECOGNITION">Recognition: German → English</option>
              <option value="RECALL">Recall: English → German (typed)</option>
              <option value="CLOZE">Cloze: fill the sentence</option>
            </select>
            {card.isLeech ? <span className="review-leech">Leech: this word keeps slipping</span> : null}
            <KindBadge card={card} />
          </div>
        </div>
      ) : (
        <Summary session={session} tally={tally} done={done} />
      )}

      <div className="row small muted">
        <button
          type="button"
          className="btn"
          onClick={undo}
          disabled={isPending || answers.length === 0}
          aria-keyshortcuts="U Control+Z"
        >
          Undo last answer <kbd>U</kbd>
        </button>
        <span>
          Keys: <kbd>Space</kbd> show · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>U</kbd> undo
        </span>
      </div>
    </div>
  );
}

function KindBadge({ card }: { card: ReviewCardView }) {
  const text = card.kind === "new" ? "New" : card.kind === "learning" ? "Learning" : "Review";
  return <span className={`review-kind review-kind-${card.kind}`}>{text}</span>;
}

function Summary({ session, tally, done }: { session: ReviewSessionView; tally: Tally; done: number }) {
  if (done === 0) {
    return (
      <div className="card empty-state" data-testid="review-empty">
        <p>Nothing to review right now. Add words from a text in your library, or come back later.</p>
        {session.nextLearningDue ? (
          <p>A learning card comes back at {formatTime(session.nextLearningDue, session.timeZone)}.</p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="card stack review-summary" data-testid="review-summary">
      <h2>Session complete</h2>
      <p>
        You answered {done} {done === 1 ? "card" : "cards"}: {tally.again} again, {tally.hard} hard, {tally.good} good,{" "}
        {tally.easy} easy.
      </p>
      <p className="muted">{session.answeredToday} answers today in total.</p>
      {session.nextLearningDue ? (
        <p>A learning card comes back at {formatTime(session.nextLearningDue, session.timeZone)}.</p>
      ) : (
        <p className="muted">Nothing else is due today.</p>
      )}
    </div>
  );
}
