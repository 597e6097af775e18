"use client";
import { useActionState } from "react";
import { createAssignmentAction } from "../actions";
import type { ActionState } from "@/lib/server/action";
import { FormMessage } from "@/app/_components/form-message";

export interface AssignableText {
  id: string;
  title: string;
  isShared: boolean;
}

export function AssignmentForm({ classId, texts }: { classId: string; texts: AssignableText[] }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(createAssignmentAction, { status: "idle" });
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="classId" value={classId} />
      <div className="field">
        <label htmlFor="assign-text">Text</label>
        <select id="assign-text" name="textId" required aria-invalid={!!fe.textId} defaultValue="">
          <option value="" disabled>
            Choose a text…
          </option>
          {texts.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
              {t.isShared ? " (shared)" : ""}
            </option>
          ))}
        </select>
        {fe.textId ? <p className="field-error">{fe.textId.join(" ")}</p> : null}
      </div>
      <div className="row teach-form-row">
        <div className="field">
          <label htmlFor="assign-due">Due date (optional)</label>
          <input id="assign-due" name="dueDate" type="date" aria-invalid={!!fe.dueDate} />
          {fe.dueDate ? <p className="field-error">{fe.dueDate.join(" ")}</p> : null}
        </div>
        <div className="field teach-grow">
          <label htmlFor="assign-note">Note for learners (optional)</label>
          <input
            id="assign-note"
            name="note"
            type="text"
            maxLength={500}
            placeholder="e.g. Read up to the second heading"
          />
          {fe.note ? <p className="field-error">{fe.note.join(" ")}</p> : null}
        </div>
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Assigning…" : "Assign text"}
        </button>
      </div>
    </form>
  );
}
