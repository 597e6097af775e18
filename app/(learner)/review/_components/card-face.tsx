"use client";
// Front and back of one card, for the three exercises.
import type { ReviewCardView } from "@/lib/server/data/get-review-session";
import type { AnswerMatch } from "@/lib/core/srs/answer-match";
import type { TextSpan } from "@/lib/core/srs/card-type";

function speak(text: string) {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "de-DE";
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}

/** The sentence with the word's spans marked (several spans for a separated verb). */
function Highlighted({ text, spans }: { text: string; spans: TextSpan[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  spans.forEach((span, i) => {
    if (span.start < cursor) return;
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(<mark key={i}>{text.slice(span.start, span.end)}</mark>);
    cursor = span.end;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}

function Diff({ check }: { check: AnswerMatch }) {
  return (
    <p className="review-diff" data-testid="answer-diff" aria-label="Your answer compared with the expected one">
      {check.diff.map((part, i) => (
        <span key={i} className={`diff-${part.kind}`}>
          {part.text}
        </span>
      ))}
    </p>
  );
}

export function CardFace({
  card,
  isRevealed,
  typed,
  onTypedChange,
  onSubmitTyped,
  check,
}: {
  card: ReviewCardView;
  isRevealed: boolean;
  typed: string;
  onTypedChange: (value: string) => void;
  onSubmitTyped: () => void;
  check: AnswerMatch | null;
}) {
  const back = (
    <div className="stack review-back" data-testid="review-back">
      {card.back ? (
        <p className="review-gloss" lang="en">
          {card.back}
        </p>
      ) : (
        <p className="muted" data-testid="review-no-gloss">
          No English gloss for this word. Click it in the reader and add your own meaning.
        </p>
      )}
      {card.grammar ? (
        <p className="small review-grammar" lang="de" data-testid="review-grammar">
          {card.grammar}
        </p>
      ) : null}
      {card.userMeaning && card.userMeaning !== card.back ? (
        <p className="small">
          <span className="muted">Your meaning: </span>
          {card.userMeaning}
        </p>
      ) : null}
      {card.contextTranslation ? (
        <p className="muted review-translation" lang="en">
          {card.contextTranslation}
        </p>
      ) : null}
      <div>
        <button type="button" className="btn" onClick={() => speak(`${card.front}. ${card.contextText}`)}>
          Listen
        </button>
      </div>
    </div>
  );

  const sentence = (
    <p className="review-context" lang="de" data-testid="review-context">
      <Highlighted text={card.contextText} spans={card.highlight} />
    </p>
  );

  if (card.exercise === "recall") {
    return (
      <div className="stack">
        <p className="muted small">Type the German word</p>
        <p className="review-front" lang="en" data-testid="review-front">
          {card.back}
        </p>
        {card.contextTranslation ? <p className="muted">{card.contextTranslation}</p> : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmitTyped();
          }}
        >
          <label htmlFor="recall-answer" className="sr-only">
            German word
          </label>
          <input
            id="recall-answer"
            type="text"
            lang="de"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            value={typed}
            readOnly={isRevealed}
            onChange={(e) => onTypedChange(e.target.value)}
          />
        </form>
        {isRevealed ? (
          <div className="stack">
            {check ? (
              <p className={check.isCorrect ? "alert alert-ok" : "alert alert-error"} role="status">
                {check.isCorrect ? (check.isExact ? "Correct." : "Correct (spelling tolerated).") : "Not quite."} The
                word is <strong lang="de">{card.front}</strong>.
              </p>
            ) : null}
            {check && !check.isExact && typed.trim() ? <Diff check={check} /> : null}
            {sentence}
            {back}
          </div>
        ) : null}
      </div>
    );
  }

  if (card.exercise === "cloze" && card.cloze) {
    return (
      <div className="stack">
        <p className="muted small">Fill in the missing word ({card.back})</p>
        <p className="review-context review-cloze" lang="de" data-testid="review-context">
          {card.cloze.map((segment, i) =>
            segment.isBlank ? (
              isRevealed ? (
                <mark key={i}>{segment.text}</mark>
              ) : (
                <span key={i} className="review-blank" aria-label="blank">
                  {"_".repeat(Math.max(3, segment.text.length))}
                </span>
              )
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
        </p>
        {isRevealed ? (
          <>
            <p className="review-front" lang="de" data-testid="review-front">
              {card.front}
            </p>
            {back}
          </>
        ) : null}
      </div>
    );
  }

  return (
    <div className="stack">
      <p className="review-front" lang="de" data-testid="review-front">
        {card.front}
      </p>
      {sentence}
      {isRevealed ? back : null}
    </div>
  );
}
