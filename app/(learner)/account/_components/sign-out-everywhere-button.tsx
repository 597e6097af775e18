"use client";
import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhereButton() {
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction();
          await signOut({ callbackUrl: "/signin" });
        })
      }
    >
      {isPending ? "Signing out…" : "Sign out everywhere"}
    </button>
  );
}
