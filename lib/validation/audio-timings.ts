import { z } from "zod";

/** Sentence starts marked while listening: sentence index (text-wide) → start in ms; each sentence ends where the next marked one starts. */
export const sentenceTimingsSchema = z.object({
  marks: z
    .array(
      z.object({
        index: z.number().int().min(0),
        startMs: z
          .number()
          .int()
          .min(0)
          .max(24 * 3600 * 1000),
      }),
    )
    .min(1, { error: "Mark at least one sentence start." })
    .max(20_000)
    .refine(
      (marks) => marks.every((m, i) => i === 0 || (m.index > marks[i - 1]!.index && m.startMs > marks[i - 1]!.startMs)),
      {
        error: "Mark the sentences in order, each later than the one before.",
      },
    ),
  /** Where the last marked sentence ends (the recording's end, or where marking stopped). */
  endMs: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600 * 1000),
});
export type SentenceTimingsInput = z.infer<typeof sentenceTimingsSchema>;
