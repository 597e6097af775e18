// Today's goal as a ring: the mean of the goals' progress (each capped), with the figures beside it.
import type { GoalProgress } from "@/lib/core/progress/compute-goal-progress";

const LABEL: Record<string, string> = {
  reviews: "reviews",
  wordsRead: "words read",
  newWords: "new words",
  readingMinutes: "minutes read",
};

export function GoalRing({ goal }: { goal: GoalProgress }) {
  const r = 42;
  const circumference = 2 * Math.PI * r;
  const percent = Math.round(goal.ratio * 100);
  const summary =
    goal.items.length === 0
      ? "No daily goal set."
      : goal.items.map((i) => `${i.done} of ${i.target} ${LABEL[i.kind] ?? i.kind}`).join(", ") +
        (goal.isComplete ? ". Goal reached today!" : ".");
  return (
    <figure className="goal" data-testid="goal-ring">
      <svg
        viewBox="0 0 100 100"
        width="112"
        height="112"
        role="img"
        aria-label={`Daily goal ${percent}% done: ${summary}`}
      >
        <circle cx="50" cy="50" r={r} className="goal-track" />
        <circle
          cx="50"
          cy="50"
          r={r}
          className={goal.isComplete ? "goal-fill is-complete" : "goal-fill"}
          strokeDasharray={`${(goal.ratio * circumference).toFixed(2)} ${circumference.toFixed(2)}`}
          transform="rotate(-90 50 50)"
        />
        <text x="50" y="56" textAnchor="middle" className="goal-text">
          {goal.items.length === 0 ? "—" : `${percent}%`}
        </text>
      </svg>
      <figcaption>
        <strong>Today’s goal</strong>
        <ul className="goal-items">
          {goal.items.map((i) => (
            <li key={i.kind} className={i.isMet ? "is-met" : undefined}>
              {i.done} / {i.target} {LABEL[i.kind] ?? i.kind}
              {i.isMet ? " ✓" : ""}
            </li>
          ))}
        </ul>
        {goal.items.length === 0 ? <p className="small muted">Set a goal below to see a ring here.</p> : null}
        {goal.isComplete ? <p className="small goal-done">Goal reached today!</p> : null}
      </figcaption>
    </figure>
  );
}
