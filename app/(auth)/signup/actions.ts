"use server";
// Server action: sign-up. Public by nature, so publicAction: parse, then act.
import { z } from "zod";
import { publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/data/create-user";
import { joinClass } from "@/lib/server/data/join-class";
import { isAppError } from "@/lib/server/errors";
import { signUpSchema } from "@/lib/validation/auth";
import { joinCodeOfPath } from "@/lib/validation/callback-url";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";
import { joinCodeSchema } from "@/lib/validation/teach";

// Where the form came from (e.g. a class's join link), kept through sign-up; only same-origin paths.
const signUpFormSchema = signUpSchema.extend({ callbackUrl: z.unknown().transform((v) => safeCallbackUrl(v, "/")) });

export const signUpAction = publicAction(signUpFormSchema, async ({ callbackUrl, ...input }) => {
  const user = await createUser(input);
  // Signing up from a class's join link joins that class (the page said so); teachers can't join.
  const code = joinCodeSchema.safeParse(joinCodeOfPath(callbackUrl));
  if (code.success && user.role === "LEARNER") await joinClassIfItExists(user, code.data);
  return { email: user.email };
});

async function joinClassIfItExists(user: { id: string; role: "LEARNER" | "TEACHER" }, joinCode: string) {
  try {
    await joinClass({ id: user.id, role: user.role }, joinCode);
  } catch (error) {
    // A stale or mistyped code must not fail the sign-up: the join page then says the code is unknown.
    if (!isAppError(error)) throw error;
  }
}
