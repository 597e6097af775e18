"use server";
// Server actions of the account page: authenticate, parse, act (the data layer checks the password).
import { cookies } from "next/headers";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { signOutEverywhere } from "@/lib/server/data/sign-out-everywhere";
import { deleteAccountSchema } from "@/lib/validation/account";

export interface DeleteAccountState {
  status: "idle" | "deleted" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

// Session cookies are stateless JWTs: drop them with the account so the browser holds no token for a deleted user.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function deleteAccountAction(_prev: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Please sign in again." };
  const parsed = deleteAccountSchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter your password to confirm.";
    return { status: "error", message, fieldErrors: { password: [message] } };
  }
  try {
    await deleteAccount(actor, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    console.error("account deletion failed", error);
    return { status: "error", message: "Your account could not be deleted. Please try again." };
  }
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  return { status: "deleted", message: "Your account and all its data were deleted." };
}

/** Ends every session of the account (stolen or forgotten ones too); the page then signs this browser out. */
export async function signOutEverywhereAction(): Promise<{ ok: boolean }> {
  const actor = await getActor();
  if (!actor) return { ok: false };
  await signOutEverywhere(actor);
  return { ok: true };
}
