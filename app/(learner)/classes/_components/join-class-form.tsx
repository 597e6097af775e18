"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { joinClassAction } from "../actions";
import type { ActionState } from "@/lib/server/action";

/** `returnToJoinPage`: after joining, show the join page again, which then lists the class's assignments. */
export function JoinClassForm({
  defaultCode = "",
  returnToJoinPage = false,
}: {
  defaultCode?: string;
  returnToJoinPage?: boolean;
}) {
  const [state, action, isPending] = useActionState<ActionState<unknown>, FormData>(joinClassAction, {
    status: "idle",
  });
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      {returnToJoinPage ? <input type="hidden" name="returnTo" value="join" /> : null}
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
