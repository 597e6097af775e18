"use client";
import { useActionState } from "react";
import { createClassAction } from "../actions";
import type { ActionState } from "@/lib/server/action";
import { FormMessage } from "@/app/_components/form-message";

export function CreateClassForm() {
  const [state, action, isPending] = useActionState<ActionState, FormData>(createClassAction, { status: "idle" });
  const error = state.fieldErrors?.name?.join(" ");
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input
          id="class-name"
          name="name"
          type="text"
          placeholder="e.g. Deutsch B1, Tuesday group"
          maxLength={80}
          required
          aria-invalid={!!error}
          aria-describedby={error ? "class-name-error" : undefined}
        />
        {error ? (
          <p id="class-name-error" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Creating…" : "Create class"}
        </button>
      </div>
    </form>
  );
}
