"use server";
// Server actions of the reader; each goes through authedAction (authenticate, parse, then the use case authorises).
import { authedAction } from "@/lib/server/action";
import { setWordStatus } from "@/lib/server/data/set-word-status";
import { setWordMeaning } from "@/lib/server/data/set-word-meaning";
import { createReaderCard } from "@/lib/server/data/create-reader-card";
import { saveReadingProgress } from "@/lib/server/data/save-reading-progress";
import { finishText } from "@/lib/server/data/finish-text";
import { savePhrase } from "@/lib/server/data/save-phrase";
import {
  finishTextSchema,
  phraseSchema,
  readerCardSchema,
  readingProgressSchema,
  wordMeaningSchema,
  wordStatusSchema,
} from "@/lib/validation/reading";

export const setWordStatusAction = authedAction(wordStatusSchema, setWordStatus);

export const setWordMeaningAction = authedAction(wordMeaningSchema, setWordMeaning);

export const addCardAction = authedAction(readerCardSchema, (actor, input) => createReaderCard(actor, input));

export const saveProgressAction = authedAction(readingProgressSchema, (actor, input) =>
  saveReadingProgress(actor, input),
);

export const finishTextAction = authedAction(finishTextSchema, (actor, input) => finishText(actor, input));

export const savePhraseAction = authedAction(phraseSchema, (actor, input) => savePhrase(actor, input));
