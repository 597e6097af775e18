"use server";
// Server actions of the teacher area, through authedAction: the use case
// authorises (NOT_FOUND for anything the teacher doesn't own) and acts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, succeed } from "@/lib/server/action";
import { createClass } from "@/lib/server/data/create-class";
import { createAssignment } from "@/lib/server/data/create-assignment";
import { deleteAssignment } from "@/lib/server/data/delete-assignment";
import { removeLearner } from "@/lib/server/data/remove-learner";
import { pushPreTeachingCards } from "@/lib/server/data/push-pre-teaching-cards";
import { updateGlossOverride } from "@/lib/server/data/update-gloss-override";
import {
  createAssignmentSchema,
  createClassSchema,
  idSchema,
  pushPreTeachingSchema,
  updateGlossOverrideSchema,
} from "@/lib/validation/teach";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const createClassAction = authedAction(createClassSchema, async (actor, input) => {
  const { id } = await createClass(actor, input);
  revalidatePath("/teach");
  redirect(`/teach/classes/${id}`);
});

export const createAssignmentAction = authedAction(createAssignmentSchema, async (actor, input) => {
  await createAssignment(actor, input);
  revalidatePath(`/teach/classes/${input.classId}`);
  return succeed(null, "Text assigned. Your learners see it at the top of their library.");
});

// Already withdrawn (e.g. in another tab) answers NOT_FOUND; the refreshed page shows that.
export const deleteAssignmentAction = authedAction(
  z.object({ assignmentId: idSchema, classId: idSchema }),
  async (actor, { assignmentId, classId }) => {
    await deleteAssignment(actor, assignmentId);
    revalidatePath(`/teach/classes/${classId}`);
  },
);

// Already removed, or the learner left: NOT_FOUND; the refreshed list shows that.
export const removeLearnerAction = authedAction(
  z.object({ classId: idSchema, learnerId: idSchema }),
  async (actor, { classId, learnerId }) => {
    await removeLearner(actor, classId, learnerId);
    revalidatePath(`/teach/classes/${classId}`);
  },
);

export const pushPreTeachingAction = authedAction(pushPreTeachingSchema, async (actor, input) => {
  const { created, learnerCount } = await pushPreTeachingCards(actor, input);
  revalidatePath(`/teach/assignments/${input.assignmentId}`);
  return succeed(
    null,
    created === 0
      ? "Every learner already has these words as cards; nothing new was added."
      : `Added ${plural(created, "new card")} across ${plural(learnerCount, "learner")}. They appear in their reviews now.`,
  );
});

export const updateGlossAction = authedAction(updateGlossOverrideSchema, async (actor, input) => {
  const result = await updateGlossOverride(actor, input);
  revalidatePath(`/teach/texts/${input.textId}`);
  return succeed(null, result.gloss ? "Saved." : "Dictionary gloss restored.");
});
