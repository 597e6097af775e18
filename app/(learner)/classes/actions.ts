"use server";
// Server actions for a learner's classes (join by code, leave), through authedAction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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

const joinClassFormSchema = z.object({ joinCode: joinCodeSchema, returnTo: z.literal("join").optional() });

export const joinClassAction = authedAction(joinClassFormSchema, async (actor, { joinCode, returnTo }) => {
  // Wrong codes count per account and per client address (issue 14: join codes could be guessed without limit).
  const joined = await joinClass(actor, joinCode, clientAddressOf(await headers()));
  revalidateClasses();
  // From a join link: back to that page, which now shows the class with its assignments.
  if (returnTo === "join") redirect(`/join/${encodeURIComponent(joinCode)}`);
  return succeed(joined, `You joined ${joined.name}. Its assignments appear at the top of your library.`);
});

// A class already left (another tab, or the teacher removed them) answers NOT_FOUND; the refreshed list shows that.
export const leaveClassAction = authedAction(z.object({ classId: idSchema }), async (actor, { classId }) => {
  await leaveClass(actor, classId);
  revalidateClasses();
});
