"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type { ActionState } from "@/lib/server/action";
import { DICTIONARIES } from "@/lib/core/reading/dictionary-links";
import type { DictionarySettings } from "@/lib/validation/dictionaries";
import { updateDictionarySettingsAction } from "../actions";

/** Which online dictionaries the word panel links to, and the learner's own (an https address with {lemma}). */
export function DictionarySettingsForm({ values }: { values: DictionarySettings }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(updateDictionarySettingsAction, {
    status: "idle",
  });
  const fieldError = state.status === "error" ? state.fieldErrors?.dictionaryUrl?.join(" ") : undefined;
  return (
    <form action={formAction} className="stack">
      <FormMessage state={state} />
      <fieldset className="stack">
        <legend className="small">
          Links in the word panel (they open in a new tab; nothing is sent before you click)
        </legend>
        {DICTIONARIES.map((d) => (
          <label key={d.id} style={{ fontWeight: 400 }}>
            <input
              type="checkbox"
              name="dictionaries"
              value={d.id}
              defaultChecked={values.dictionaries.includes(d.id)}
            />{" "}
            {d.name}
          </label>
        ))}
        <label style={{ fontWeight: 400 }}>
          <input
            type="checkbox"
            name="dictionaries"
            value="custom"
            defaultChecked={values.dictionaries.includes("custom")}
          />{" "}
          My own dictionary
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="dictionary-url">Address of my own dictionary</label>
        <input
          id="dictionary-url"
          name="dictionaryUrl"
          type="url"
          inputMode="url"
          defaultValue={values.dictionaryUrl ?? ""}
          placeholder="https://www.openthesaurus.de/synonyme/{lemma}"
          aria-describedby={fieldError ? "dictionary-url-error dictionary-url-hint" : "dictionary-url-hint"}
          aria-invalid={Boolean(fieldError)}
        />
        <p id="dictionary-url-hint" className="small muted">
          An https:// address with {"{lemma}"} where the word goes.
        </p>
        {fieldError ? (
          <p id="dictionary-url-error" className="field-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save dictionaries"}
        </button>
      </div>
    </form>
  );
}
