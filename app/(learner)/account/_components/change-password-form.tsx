"use client";
import { changePasswordAction } from "../actions";
import { FormMessage } from "@/app/_components/form-message";
import { useSignOutOnSuccess } from "./use-sign-out-on-success";

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

/** Current password, new one twice; on success every session ends and this browser signs in again. */
export function ChangePasswordForm() {
  const [state, formAction, isPending] = useSignOutOnSuccess(changePasswordAction);

  if (state.status === "ok") return <FormMessage state={state} />;
  const hasFieldError = FIELDS.some((f) => state.fieldErrors?.[f.name]?.[0]);
  return (
    <form action={formAction} className="stack" noValidate data-testid="change-password">
      {hasFieldError ? null : <FormMessage state={state} />}
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
