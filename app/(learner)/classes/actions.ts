"use server";
// Server actions for a learner's classes (join by code, leave), through authedAction.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authedAction, succeed } from "@/lib/server/action";
import { joinClass } from "@/lib/server/data/join-class";
import { leaveClass } from "@/lib/server/data/leave-class";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { idSchema, joinCodeSchema } from "@/lib/validation/teach";

function revalidateClasses(): void {
  revalidatePath("/classes");
  revalidatePath("/library");
}

export const joinClassAction = authedAction(z.object({ joinCode: joinCodeSchema }), async (actor, { joinCode }) => {
  // Wrong codes count per account and per client address (issue 14: join codes could be guessed without limit).
  const joined = await joinClass(actor, joinCode, clientAddressOf(await headers()));
  revalidateClasses();
  return succeed(joined, `You joined ${joined.name}. Its assignments appear at the top of your library.`);
});

// A class already left (another tab, or the teacher removed them) answers NOT_FOUND; the refreshed list shows that.
export const leaveClassAction = authedAction(z.object({ classId: idSchema }), async (actor, { classId }) => {
  await leaveClass(actor, classId);
  revalidateClasses();
});
