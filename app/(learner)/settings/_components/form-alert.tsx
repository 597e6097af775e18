import type { SettingsFormState } from "../actions";

/** The saved/error message of a settings form, announced to screen readers. */
export function FormAlert({ state }: { state: SettingsFormState }) {
  if (!state.message) return null;
  return (
    <p
      className={state.status === "saved" ? "alert alert-ok" : "alert alert-error"}
      role={state.status === "saved" ? "status" : "alert"}
    >
      {state.message}
    </p>
  );
}
