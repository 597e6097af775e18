"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { signUpAction } from "./actions";
import type { ActionState } from "@/lib/server/action";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.join(" ")}
    </p>
  );
}

export function SignUpForm() {
  const router = useRouter();
  // React resets the form after the action, so keep the password for the sign-in that follows.
  const submittedPassword = useRef("");
  const [state, formAction, isPending] = useActionState<ActionState<{ email: string }>, FormData>(signUpAction, {
    status: "idle",
  });

  useEffect(() => {
    if (state.status !== "ok") return;
    void signIn("credentials", {
      email: state.data.email,
      password: submittedPassword.current,
      redirect: false,
    }).then(() => {
      router.push("/library");
      router.refresh();
    });
  }, [state, router]);

  const fe = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        submittedPassword.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
      className="stack"
      noValidate
    >
      {state.status === "error" && state.message ? (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="name"
          defaultValue={state.values?.name}
          aria-invalid={!!fe.name}
          aria-describedby={fe.name ? "name-error" : undefined}
        />
        <FieldError id="name-error" errors={fe.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email}
          aria-invalid={!!fe.email}
          aria-describedby={fe.email ? "email-error" : undefined}
        />
        <FieldError id="email-error" errors={fe.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!fe.password}
          aria-describedby="password-hint"
        />
        <p id="password-hint" className="small muted">
          At least 10 characters; avoid common passwords.
        </p>
        <FieldError id="password-error" errors={fe.password} />
      </div>
      <fieldset className="field" style={{ border: "none", padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600 }}>I am a…</legend>
        <label style={{ fontWeight: 400 }}>
          <input type="radio" name="role" value="LEARNER" defaultChecked={state.values?.role !== "TEACHER"} /> Learner
        </label>
        <label style={{ fontWeight: 400 }}>
          <input type="radio" name="role" value="TEACHER" defaultChecked={state.values?.role === "TEACHER"} /> Teacher
        </label>
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={isPending || state.status === "ok"}>
        {isPending ? "Creating account…" : state.status === "ok" ? "Signing you in…" : "Create account"}
      </button>
    </form>
  );
}
