import { z } from "zod";
import { DICTIONARY_IDS, isValidDictionaryTemplate, type DictionaryId } from "@/lib/core/reading/dictionary-links";

/** The word panel's online dictionaries: which, in order, and a custom https template with {lemma}. */
export const dictionarySettingsSchema = z
  .object({
    dictionaries: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z
        .array(
          z.enum(DICTIONARY_IDS as [DictionaryId, ...DictionaryId[]], {
            error: "Choose from the listed dictionaries.",
          }),
        )
        .max(DICTIONARY_IDS.length)
        .transform((ids) => [...new Set(ids)]),
    ),
    dictionaryUrl: z
      .string()
      .trim()
      .max(500, { error: "Use at most 500 characters for the address." })
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isValidDictionaryTemplate(v), {
        error:
          "Enter an https:// address with {lemma} where the word goes, e.g. https://www.openthesaurus.de/synonyme/{lemma}.",
      }),
  })
  .refine((s) => !s.dictionaries.includes("custom") || s.dictionaryUrl !== null, {
    error: "Enter the address of your own dictionary, or untick it.",
    path: ["dictionaryUrl"],
  });

export type DictionarySettingsInput = z.input<typeof dictionarySettingsSchema>;
export type DictionarySettings = z.output<typeof dictionarySettingsSchema>;
