import { z } from "zod";

/** 2 MB of text, measured in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * Most tokens (words, numbers, punctuation) one import may have: a long novel
 * (~300,000 words) fits; beyond it the learner splits the text, e.g. by chapter.
 */
export const MAX_IMPORT_TOKENS = 400_000;

export const importTextSchema = z.object({
  title: z
    .string()
    .trim()
    .max(200, { error: "Use at most 200 characters for the title." })
    .optional()
    .transform((t) => (t ? t : undefined)),
  content: z
    .string({ error: "Paste or upload a German text." })
    .refine((s) => s.trim().length > 0, { error: "The text is empty. Paste or upload a German text." })
    .refine((s) => Buffer.byteLength(s, "utf8") <= MAX_IMPORT_BYTES, {
      error: "The text is larger than 2 MB. Split it into parts and import them one by one.",
    }),
  translation: z
    .string()
    .optional()
    .transform((t) => (t && t.trim() ? t : undefined))
    .refine((t) => t === undefined || Buffer.byteLength(t, "utf8") <= MAX_IMPORT_BYTES, {
      error: "The English text is larger than 2 MB.",
    }),
  source: z.enum(["PASTE", "UPLOAD", "URL"]).default("PASTE"),
  sourceUrl: z.string().url().optional(),
});

export type ImportTextInput = z.input<typeof importTextSchema>;
