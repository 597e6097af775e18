"use server";
// The owner of a text saves one sentence translation (from /texts/[textId]/translations or a teacher's /teach/texts/[textId]).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { updateSentenceTranslation } from "@/lib/server/data/update-sentence-translation";
import { updateSentenceTranslationSchema } from "@/lib/validation/teach";
import { formText } from "@/lib/validation/form-text";

export interface TranslationFormState {
  status: "idle" | "ok" | "error";
  message?: string;
}

export async function saveTranslationAction(
  _prev: TranslationFormState,
  formData: FormData,
): Promise<TranslationFormState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
  const parsed = updateSentenceTranslationSchema.safeParse({
    textId: formText(formData, "textId"),
    classId: formText(formData, "classId"),
    sentenceId: formText(formData, "sentenceId"),
    translation: formText(formData, "translation"),
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the translation." };
  try {
    // The owner, or the teacher of the class it is assigned to: NOT_FOUND for anyone else.
    const result = await updateSentenceTranslation(actor, parsed.data);
    revalidatePath(`/texts/${parsed.data.textId}/translations`);
    revalidatePath(`/teach/texts/${parsed.data.textId}`);
    revalidatePath(`/read/${parsed.data.textId}`);
    return { status: "ok", message: result.translation ? "Saved." : "Translation removed." };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message };
    console.error("save translation failed", error);
    return { status: "error", message: "Could not save the translation right now. Please try again." };
  }
}
