"use client";
import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import type { ActionState, ServerAction } from "@/lib/server/action";

/**
 * useActionState for an action whose success ends every session of the account (password changed, account
 * deleted): this browser then signs out too and lands on the sign-in page.
 */
export function useSignOutOnSuccess<T>(action: ServerAction<T>) {
  const [state, formAction, isPending] = useActionState<ActionState<T>, FormData>(action, { status: "idle" });

  useEffect(() => {
    if (state.status === "ok") void signOut({ callbackUrl: "/signin" });
  }, [state.status]);

  return [state, formAction, isPending] as const;
}
