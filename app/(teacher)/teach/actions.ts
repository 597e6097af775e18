"use server";
// Server actions of the teacher area. Each one: authenticate, parse, then the
// data function authorizes (NOT_FOUND for anything the teacher doesn't own) and acts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
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
  toFieldErrors,
  updateGlossOverrideSchema,
} from "@/lib/validation/teach";
import { toErrorState, type FormState } from "./form-state";
import { formText } from "@/lib/validation/form-text";

const SIGNED_OUT: FormState = { status: "error", message: "Your session has ended. Sign in again." };

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = createClassSchema.safeParse({ name: formText(formData, "name") });
  if (!parsed.success)
    return { status: "error", message: "Please correct the class name.", fieldErrors: toFieldErrors(parsed.error) };
  let classId: string;
  try {
    classId = (await createClass(actor, parsed.data)).id;
  } catch (error) {
    return toErrorState(error, "create the class");
  }
  revalidatePath("/teach");
  redirect(`/teach/classes/${classId}`);
}

export async function createAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const values = {
    classId: formText(formData, "classId"),
    textId: formText(formData, "textId"),
    dueDate: formText(formData, "dueDate"),
    note: formText(formData, "note"),
  };
  const parsed = createAssignmentSchema.safeParse(values);
  if (!parsed.success)
    return { status: "error", message: "Please correct the assignment.", fieldErrors: toFieldErrors(parsed.error) };
  try {
    await createAssignment(actor, values);
  } catch (error) {
    return toErrorState(error, "assign the text");
  }
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
  return { status: "ok", message: "Text assigned. Your learners see it at the top of their library." };
}

const assignmentFormSchema = z.object({ assignmentId: idSchema, classId: idSchema });

export async function deleteAssignmentAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const parsed = assignmentFormSchema.safeParse({
    assignmentId: formText(formData, "assignmentId"),
    classId: formText(formData, "classId"),
  });
  if (!parsed.success) return;
  try {
    await deleteAssignment(actor, parsed.data.assignmentId);
  } catch (error) {
    // Already withdrawn (e.g. in another tab): the refreshed page shows that.
    if (!isAppError(error)) throw error;
  }
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
}

const removeLearnerFormSchema = z.object({ classId: idSchema, learnerId: idSchema });

export async function removeLearnerAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const parsed = removeLearnerFormSchema.safeParse({
    classId: formText(formData, "classId"),
    learnerId: formText(formData, "learnerId"),
  });
  if (!parsed.success) return;
  try {
    await removeLearner(actor, parsed.data.classId, parsed.data.learnerId);
  } catch (error) {
    // Already removed, or the learner left: the refreshed list shows that.
    if (!isAppError(error)) throw error;
  }
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
}

export async function pushPreTeachingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = pushPreTeachingSchema.safeParse({
    assignmentId: formText(formData, "assignmentId"),
    lexemeIds: formData.getAll("lexemeId").filter((v): v is string => typeof v === "string"),
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Select words to push." };
  try {
    const result = await pushPreTeachingCards(actor, parsed.data);
    revalidatePath(`/teach/assignments/${parsed.data.assignmentId}`);
    return {
      status: "ok",
      message:
        result.created === 0
          ? "Every learner already has these words as cards; nothing new was added."
          : `Added ${result.created} new card${result.created === 1 ? "" : "s"} across ${result.learnerCount} learner${result.learnerCount === 1 ? "" : "s"}. They appear in their reviews now.`,
    };
  } catch (error) {
    return toErrorState(error, "push the words");
  }
}

export async function updateGlossAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return SIGNED_OUT;
  const parsed = updateGlossOverrideSchema.safeParse({
    textId: formText(formData, "textId"),
    classId: formText(formData, "classId"),
    lexemeId: formText(formData, "lexemeId"),
    gloss: formText(formData, "gloss"),
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the gloss." };
  try {
    const result = await updateGlossOverride(actor, parsed.data);
    revalidatePath(`/teach/texts/${parsed.data.textId}`);
    revalidatePath(`/read/${parsed.data.textId}`);
    return { status: "ok", message: result.gloss ? "Saved." : "Dictionary gloss restored." };
  } catch (error) {
    return toErrorState(error, "save the gloss");
  }
}
