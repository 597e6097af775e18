"use server";
// Server action of the account page, through authedAction (the use case checks the password).
import { cookies } from "next/headers";
import { z } from "zod";
import { authedAction, succeed } from "@/lib/server/action";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { signOutEverywhere } from "@/lib/server/data/sign-out-everywhere";
import { changePassword } from "@/lib/server/data/change-password";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validation/account";

// Session cookies are stateless JWTs: drop them with the account so the browser holds no token for a deleted user.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const deleteAccountAction = authedAction(deleteAccountSchema, async (actor, input) => {
  await deleteAccount(actor, input);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  return succeed(null, "Your account and all its data were deleted.");
});

/** Ends every session of the account (stolen or forgotten ones too); the page then signs this browser out. */
export const signOutEverywhereAction = authedAction(z.undefined(), async (actor) => {
  await signOutEverywhere(actor);
});

/** A new password ends every session, this one too: the page then signs this browser out to sign in again. */
export const changePasswordAction = authedAction(changePasswordSchema, async (actor, input) => {
  await changePassword(actor, input);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  return succeed(null, "Your password was changed and every session ended. Sign in with the new password.");
});
