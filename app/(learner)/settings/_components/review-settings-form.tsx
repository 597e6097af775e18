"use client";
import { useActionState } from "react";
import type { ReviewSettings } from "@/lib/validation/review";
import { updateReviewSettingsAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.join(" ")}
    </p>
  );
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function ReviewSettingsForm({ values }: { values: ReviewSettings }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(updateReviewSettingsAction, {
    status: "idle",
  });
  const fe = state.fieldErrors ?? {};
  const describe = (name: string) => (fe[name] ? `${name}-error` : undefined);
  return (
    <form action={formAction} className="stack" noValidate>
      {state.message ? (
        <p
          className={state.status === "ok" ? "alert alert-ok" : "alert alert-error"}
          role={state.status === "ok" ? "status" : "alert"}
        >
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="desiredRetention">Desired retention</label>
        <input
          id="desiredRetention"
          name="desiredRetention"
          type="number"
          step="0.01"
          min="0.8"
          max="0.97"
          defaultValue={values.desiredRetention}
          aria-invalid={!!fe.desiredRetention}
          aria-describedby={describe("desiredRetention") ?? "retention-hint"}
        />
        <p id="retention-hint" className="small muted">
          Chance of remembering a card when it comes due, 0.80–0.97. Higher means more reviews.
        </p>
        <FieldError id="desiredRetention-error" errors={fe.desiredRetention} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="newCardsPerDay">New cards per day</label>
          <input
            id="newCardsPerDay"
            name="newCardsPerDay"
            type="number"
            min="0"
            step="1"
            defaultValue={values.newCardsPerDay}
            aria-invalid={!!fe.newCardsPerDay}
            aria-describedby={describe("newCardsPerDay")}
          />
          <FieldError id="newCardsPerDay-error" errors={fe.newCardsPerDay} />
        </div>
        <div className="field">
          <label htmlFor="maxReviewsPerDay">Maximum reviews per day</label>
          <input
            id="maxReviewsPerDay"
            name="maxReviewsPerDay"
            type="number"
            min="0"
            step="1"
            defaultValue={values.maxReviewsPerDay}
            aria-invalid={!!fe.maxReviewsPerDay}
            aria-describedby={describe("maxReviewsPerDay")}
          />
          <FieldError id="maxReviewsPerDay-error" errors={fe.maxReviewsPerDay} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="learningSteps">Learning steps</label>
        <input
          id="learningSteps"
          name="learningSteps"
          type="text"
          defaultValue={values.learningSteps}
          aria-invalid={!!fe.learningSteps}
          aria-describedby={describe("learningSteps") ?? "steps-hint"}
        />
        <p id="steps-hint" className="small muted">
          Short intervals for new cards, e.g. “1m 10m” (m, h, d).
        </p>
        <FieldError id="learningSteps-error" errors={fe.learningSteps} />
      </div>
      <label style={{ fontWeight: 400 }}>
        <input type="checkbox" name="enableFuzz" defaultChecked={values.enableFuzz} /> Spread due dates a little (fuzz),
        so cards learned together don’t stay together
      </label>
      <div className="row">
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={values.timeZone}
            aria-invalid={!!fe.timeZone}
            aria-describedby={describe("timeZone")}
          >
            {timeZones(values.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <FieldError id="timeZone-error" errors={fe.timeZone} />
        </div>
        <div className="field">
          <label htmlFor="dayStartHour">New day starts at</label>
          <select
            id="dayStartHour"
            name="dayStartHour"
            defaultValue={values.dayStartHour}
            aria-invalid={!!fe.dayStartHour}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
          <FieldError id="dayStartHour-error" errors={fe.dayStartHour} />
        </div>
      </div>
      <FieldError id="form-error" errors={fe.form} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
