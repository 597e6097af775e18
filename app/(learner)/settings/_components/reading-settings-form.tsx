"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type { ActionState } from "@/lib/server/action";
import type { ReadingSettings } from "@/lib/validation/reading";
import { updateReadingSettingsAction } from "../actions";

/** Reader settings: show or hide the grammar line in the word tooltip. */
export function ReadingSettingsForm({ values }: { values: ReadingSettings }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(updateReadingSettingsAction, {
    status: "idle",
  });
  return (
    <form action={formAction} className="stack">
      <FormMessage state={state} />
      <label style={{ fontWeight: 400 }}>
        <input type="checkbox" name="showGrammar" defaultChecked={values.showGrammar} /> Show grammar in the word
        tooltip (case, gender, tense, principal parts)
      </label>
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save reading settings"}
        </button>
      </div>
    </form>
  );
}
