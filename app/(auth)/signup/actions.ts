"use server";
// Server action: sign-up. Public by nature, so publicAction: parse, then act.
import { publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/data/create-user";
import { signUpSchema } from "@/lib/validation/auth";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const user = await createUser(input);
  return { email: user.email };
});
