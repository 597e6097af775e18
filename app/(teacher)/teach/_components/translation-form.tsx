"use client";
import { useActionState } from "react";
import { updateTranslationAction } from "../actions";
import { IDLE, type FormState } from "../form-state";
import { FormMessage } from "./form-message";

export function TranslationForm({
  textId,
  sentenceId,
  index,
  translation,
}: {
  textId: string;
  sentenceId: string;
  index: number;
  translation: string | null;
}) {
  const [state, action, isPending] = useActionState<FormState, FormData>(updateTranslationAction, IDLE);
  const id = `tr-${sentenceId}`;
  return (
    <form action={action} className="stack teach-inline-form">
      <input type="hidden" name="textId" value={textId} />
      <input type="hidden" name="sentenceId" value={sentenceId} />
      <label htmlFor={id} className="sr-only">
        English translation of sentence {index + 1}
      </label>
      <textarea id={id} name="translation" defaultValue={translation ?? ""} rows={2} maxLength={2000} className="teach-translation" />
      <div className="row">
        <button type="submit" className="btn" disabled={isPending}>
          {isPending ? "Saving…" : "Save translation"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
