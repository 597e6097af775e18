"use client";
import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

const INITIAL: ActionState = { status: "idle" };

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

/** Current password, new one twice; on success every session ends and this browser signs in again. */
export function ChangePasswordForm() {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(changePasswordAction, INITIAL);

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
  const hasFieldError = FIELDS.some((f) => state.fieldErrors?.[f.name]?.[0]);
  return (
    <form action={formAction} className="stack" noValidate data-testid="change-password">
      {state.status === "error" && state.message && !hasFieldError ? (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {FIELDS.map((field) => {
        const error = state.fieldErrors?.[field.name]?.[0];
        const id = `password-${field.name}`;
        return (
          <div className="field" key={field.name}>
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error ? (
              <p id={`${id}-error`} className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="row">
        <button type="submit" className="btn" disabled={isPending}>
          {isPending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
