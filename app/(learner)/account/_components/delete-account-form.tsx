"use client";
import { useActionState, useEffect, useState } from "react";
import { signOut } from "next-auth/react";
import { deleteAccountAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

const INITIAL: ActionState = { status: "idle" };

/** Two steps: "Delete my account…" opens the confirmation, which asks for the password. */
export function DeleteAccountForm() {
  const [isConfirming, setIsConfirming] = useState(false);
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(deleteAccountAction, INITIAL);

  useEffect(() => {
    if (state.status === "ok") void signOut({ callbackUrl: "/signin" });
  }, [state.status]);

  if (state.status === "ok") {
    return (
      <p className="alert alert-ok" role="status">
        {state.message}
      </p>
    );
  }
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
      {state.status === "error" && state.message && !passwordError ? (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      ) : null}
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
