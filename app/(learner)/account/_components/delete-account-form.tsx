"use client";
import { useState } from "react";
import { deleteAccountAction } from "../actions";
import { FormMessage } from "@/app/_components/form-message";
import { useSignOutOnSuccess } from "./use-sign-out-on-success";

/** Two steps: "Delete my account…" opens the confirmation, which asks for the password. */
export function DeleteAccountForm() {
  const [isConfirming, setIsConfirming] = useState(false);
  const [state, formAction, isPending] = useSignOutOnSuccess(deleteAccountAction);

  if (state.status === "ok") return <FormMessage state={state} />;
  if (!isConfirming) {
    return (
      <button type="button" className="btn" onClick={() => setIsConfirming(true)}>
        Delete my account…
      </button>
    );
  }
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <form action={formAction} className="stack" noValidate>
      <p className="alert alert-error" role="alert">
        This deletes your account, your texts, cards, review history and progress for good. It cannot be undone.
      </p>
      {passwordError ? null : <FormMessage state={state} />}
      <div className="field">
        <label htmlFor="delete-password">Password</label>
        <input
          id="delete-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "delete-password-error" : undefined}
        />
        {passwordError ? (
          <p id="delete-password-error" className="field-error" role="alert">
            {passwordError}
          </p>
        ) : null}
      </div>
      <div className="row">
        <button type="submit" className="btn" style={{ color: "#b00020", borderColor: "#b00020" }} disabled={isPending}>
          {isPending ? "Deleting…" : "Delete account permanently"}
        </button>
        <button type="button" className="btn" onClick={() => setIsConfirming(false)} disabled={isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
