"use server";
// Server action of the account page, through authedAction (the use case checks the password).
import { cookies } from "next/headers";
import { authedAction, succeed } from "@/lib/server/action";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { deleteAccountSchema } from "@/lib/validation/account";

// Session cookies are stateless JWTs: drop them with the account so the browser holds no token for a deleted user.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const deleteAccountAction = authedAction(deleteAccountSchema, async (actor, input) => {
  await deleteAccount(actor, input);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  return succeed(null, "Your account and all its data were deleted.");
});
