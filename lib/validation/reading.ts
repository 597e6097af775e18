import { z } from "zod";
import { WORD_STATUS } from "@/lib/core/words/status";

const id = z.string().min(1).max(64);

export const wordStatusSchema = z.object({
  textId: id,
  lexemeId: id,
  /** 0 new, 1–4 learning, 5 known, 6 ignored (lib/core/words/status.ts) */
  status: z.literal(Object.values(WORD_STATUS)),
});

export const wordMeaningSchema = z.object({
  lexemeId: id,
  meaning: z.string().trim().max(300, { error: "Keep your meaning under 300 characters." }),
});

export const readerCardSchema = z.object({
  textId: id,
  sentenceIndex: z.number().int().min(0),
  tokenIndex: z.number().int().min(0),
});

export const phraseSchema = z.object({
  textId: id,
  sentenceIndex: z.number().int().min(0),
  tokenIndexes: z
    .array(z.number().int().min(0))
    .min(2, { error: "Select at least two words for a phrase." })
    .max(12, { error: "A phrase can have at most 12 words." }),
  meaning: z.string().trim().max(300).optional(),
});

/** A look-up the reader counted (lib/core/progress/lookup-log.ts); the server judges it again with isLookup. */
const durationMs = z.number().min(0).max(86_400_000);
export const lookupReportSchema = z.discriminatedUnion("kind", [
  z.object({ lexemeId: id, kind: z.literal("hover"), durationMs, changedStatus: z.boolean().optional() }),
  z.object({
    lexemeId: id,
    kind: z.literal("panel"),
    durationMs,
    changedStatus: z.boolean(),
    usedPanel: z.boolean(),
  }),
]);

export const readingProgressSchema = z.object({
  textId: id,
  sentenceIndex: z.number().int().min(0),
  /** Seconds of active reading since the last report (heartbeats are ≤ 60 s apart). */
  seconds: z.number().int().min(0).max(120),
  /** Look-ups since the last report, batched with the heartbeat (hovering never makes a request). */
  lookups: z.array(lookupReportSchema).max(500).optional(),
});

export const finishTextSchema = z.object({ textId: id, markKnown: z.boolean() });

// What the use cases receive: the parsed shapes (the action door parses once).
export type WordStatusInput = z.output<typeof wordStatusSchema>;
export type WordMeaningInput = z.output<typeof wordMeaningSchema>;
export type ReaderCardInput = z.output<typeof readerCardSchema>;
export type PhraseInput = z.output<typeof phraseSchema>;
export type ReadingProgressInput = z.output<typeof readingProgressSchema>;
export type FinishTextInput = z.output<typeof finishTextSchema>;
/** Reader settings: the grammar line in the tooltip (an unchecked box sends nothing). */
export const readingSettingsSchema = z.object({
  showGrammar: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type ReadingSettings = z.infer<typeof readingSettingsSchema>;
