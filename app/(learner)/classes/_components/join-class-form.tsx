"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { joinClassAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

export function JoinClassForm({ defaultCode = "" }: { defaultCode?: string }) {
  const [state, action, isPending] = useActionState<ActionState<unknown>, FormData>(joinClassAction, {
    status: "idle",
  });
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="join-code">Join code</label>
        <input
          id="join-code"
          name="joinCode"
          type="text"
          defaultValue={defaultCode}
          placeholder="e.g. K7QX-M2PA"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Joining…" : "Join class"}
        </button>
      </div>
    </form>
  );
}
