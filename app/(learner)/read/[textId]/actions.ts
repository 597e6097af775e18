"use server";
// Server actions of the reader: authenticate, then the data layer parses and authorizes.
import { getActor } from "@/lib/server/auth";
import { toActionResult, type ActionResult } from "@/lib/server/action-result";
import { setWordStatus } from "@/lib/server/data/set-word-status";
import { setWordMeaning } from "@/lib/server/data/set-word-meaning";
import { createReaderCard } from "@/lib/server/data/create-reader-card";
import { getWordDetails, type WordDetails } from "@/lib/server/data/get-word-details";
import { saveReadingProgress } from "@/lib/server/data/save-reading-progress";
import { finishText } from "@/lib/server/data/finish-text";
import { savePhrase } from "@/lib/server/data/save-phrase";

const signedOut = {
  ok: false as const,
  code: "UNAUTHORIZED",
  message: "Your session has ended. Sign in again to continue.",
};

export async function setWordStatusAction(input: unknown): Promise<ActionResult<{ lexemeId: string; status: number }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => setWordStatus(actor, input));
}

export async function setWordMeaningAction(
  input: unknown,
): Promise<ActionResult<{ lexemeId: string; meaning: string | null }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => setWordMeaning(actor, input));
}

export async function addCardAction(
  input: unknown,
): Promise<ActionResult<{ cardId: string; lexemeId: string; created: boolean }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => createReaderCard(actor, input));
}

export async function getWordDetailsAction(textId: unknown, lexemeId: unknown): Promise<ActionResult<WordDetails>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => getWordDetails(actor, String(textId), String(lexemeId)));
}

export async function saveProgressAction(
  input: unknown,
): Promise<ActionResult<{ sentenceIndex: number; maxSentence: number }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => saveReadingProgress(actor, input));
}

export async function finishTextAction(input: unknown): Promise<ActionResult<{ markedKnown: number }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => finishText(actor, input));
}

export async function savePhraseAction(
  input: unknown,
): Promise<ActionResult<{ cardId: string; lexemeId: string; phrase: string }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  return toActionResult(() => savePhrase(actor, input));
}
