"use server";
// Server actions for a learner's classes (join by code, leave), through authedAction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, succeed } from "@/lib/server/action";
import { joinClass } from "@/lib/server/data/join-class";
import { leaveClass } from "@/lib/server/data/leave-class";
import { idSchema, joinCodeSchema } from "@/lib/validation/teach";

function revalidateClasses(): void {
  revalidatePath("/classes");
  revalidatePath("/library");
}

export const joinClassAction = authedAction(z.object({ joinCode: joinCodeSchema }), async (actor, { joinCode }) => {
  const joined = await joinClass(actor, joinCode);
  revalidateClasses();
  return succeed(joined, `You joined ${joined.name}. Its assignments appear at the top of your library.`);
});

// A class already left (another tab, or the teacher removed them) answers NOT_FOUND; the refreshed list shows that.
export const leaveClassAction = authedAction(z.object({ classId: idSchema }), async (actor, { classId }) => {
  await leaveClass(actor, classId);
  revalidateClasses();
});
