"use server";
// The owner of a text saves one sentence translation (from /texts/[textId]/translations or a teacher's /teach/texts/[textId]).
import { revalidatePath } from "next/cache";
import { authedAction, succeed } from "@/lib/server/action";
import { updateSentenceTranslation } from "@/lib/server/data/update-sentence-translation";
import { updateSentenceTranslationSchema } from "@/lib/validation/teach";

// Owner-only: NOT_FOUND for a sentence of someone else's text.
export const saveTranslationAction = authedAction(updateSentenceTranslationSchema, async (actor, input) => {
  const result = await updateSentenceTranslation(actor, input);
  revalidatePath(`/texts/${input.textId}/translations`);
  revalidatePath(`/teach/texts/${input.textId}`);
  revalidatePath(`/read/${input.textId}`);
  return succeed(null, result.translation ? "Saved." : "Translation removed.");
});
