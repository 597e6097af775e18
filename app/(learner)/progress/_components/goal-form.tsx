"use client";
import { useActionState } from "react";
import { updateDailyGoalAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

export function GoalForm({ dailyGoalReviews, dailyGoalWords }: { dailyGoalReviews: number; dailyGoalWords: number }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(updateDailyGoalAction, { status: "idle" });
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" noValidate>
      <div className="row goal-form-row">
        <div className="field">
          <label htmlFor="goal-reviews">Reviews per day</label>
          <input
            id="goal-reviews"
            name="dailyGoalReviews"
            type="number"
            min={0}
            max={2000}
            defaultValue={dailyGoalReviews}
            aria-invalid={!!fe.dailyGoalReviews}
            aria-describedby="goal-hint"
          />
          {fe.dailyGoalReviews ? <p className="field-error">{fe.dailyGoalReviews.join(" ")}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="goal-words">Words read per day</label>
          <input
            id="goal-words"
            name="dailyGoalWords"
            type="number"
            min={0}
            max={100000}
            step={50}
            defaultValue={dailyGoalWords}
            aria-invalid={!!fe.dailyGoalWords}
            aria-describedby="goal-hint"
          />
          {fe.dailyGoalWords ? <p className="field-error">{fe.dailyGoalWords.join(" ")}</p> : null}
        </div>
      </div>
      <p id="goal-hint" className="small muted">
        0 switches a goal off.
      </p>
      <div className="row">
        <button type="submit" className="btn" disabled={isPending}>
          {isPending ? "Saving…" : "Save goal"}
        </button>
        {state.status === "ok" ? (
          <span role="status" className="small">
            {state.message}
          </span>
        ) : null}
        {state.status === "error" && state.message ? (
          <span role="alert" className="field-error">
            {state.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
