"use client";
import { useActionState } from "react";
import { FormAlert } from "./form-alert";
import type { ReadingSettings } from "@/lib/validation/reading";
import { updateReadingSettingsAction, type SettingsFormState } from "../actions";

/** Reader settings: show or hide the grammar line in the word tooltip. */
export function ReadingSettingsForm({ values }: { values: ReadingSettings }) {
  const [state, formAction, isPending] = useActionState<SettingsFormState, FormData>(updateReadingSettingsAction, {
    status: "idle",
  });
  return (
    <form action={formAction} className="stack">
      <FormAlert state={state} />
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
