"use client";
// One sentence's English translation, saved on its own so a long text can be corrected bit by bit.
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { saveTranslationAction } from "@/app/_actions/save-translation";
import type { ActionState } from "@/lib/server/action";

const IDLE: ActionState = { status: "idle" };

export function TranslationEditor({
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
  const [state, action, isPending] = useActionState<ActionState, FormData>(saveTranslationAction, IDLE);
  const id = `translation-${sentenceId}`;
  return (
    <form action={action} className="stack translation-form">
      <input type="hidden" name="textId" value={textId} />
      <input type="hidden" name="sentenceId" value={sentenceId} />
      <label htmlFor={id} className="sr-only">
        English translation of sentence {index + 1}
      </label>
      <textarea
        id={id}
        name="translation"
        lang="en"
        defaultValue={translation ?? ""}
        rows={2}
        maxLength={2000}
        placeholder="No translation yet — type one, or leave empty for the word-by-word gloss."
      />
      <div className="row">
        <button type="submit" className="btn" disabled={isPending}>
          {isPending ? "Saving…" : "Save"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
