// Schemas for classes, assignments, pre-teaching, teacher editing and daily
// goals: shared by the forms (server actions) and the data functions.
import { z } from "zod";

/** Database ids (cuid) and the like: short, no whitespace. Anything else is "not found". */
export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

/** Join codes are shown in upper case ("DEMO-B1", "K7QX-M2PA"); typed codes are normalised. */
export const joinCodeSchema = z
  .string({ error: "Enter the join code your teacher gave you." })
  .trim()
  .toUpperCase()
  .min(4, { error: "Join codes have at least 4 characters." })
  .max(20, { error: "Join codes have at most 20 characters." })
  .regex(/^[A-Z0-9-]+$/, { error: "Join codes contain only letters, digits and dashes." });

export const createClassSchema = z.object({
  name: z
    .string({ error: "Enter a name for the class." })
    .trim()
    .min(1, { error: "Enter a name for the class." })
    .max(80, { error: "Use at most 80 characters for the class name." }),
});
export type CreateClassInput = z.output<typeof createClassSchema>;

/** "2025-06-30" from <input type="date">; a due date means the end of that day for the learner. */
const dueDateSchema = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Pick a due date, or leave it empty." })
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: "That is not a valid date." })
      .nullable(),
  );

export const createAssignmentSchema = z.object({
  classId: idSchema,
  textId: idSchema,
  dueDate: dueDateSchema.optional().default(null),
  note: z
    .string()
    .trim()
    .max(500, { error: "Keep the note under 500 characters." })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type CreateAssignmentInput = z.output<typeof createAssignmentSchema>;

export const pushPreTeachingSchema = z.object({
  assignmentId: idSchema,
  // A checkbox group: one ticked box submits a single value, none submits nothing.
  lexemeIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(idSchema)
      .min(1, { error: "Select at least one word." })
      .max(100, { error: "Push at most 100 words at once." }),
  ),
});
export type PushPreTeachingInput = z.output<typeof pushPreTeachingSchema>;

export const updateSentenceTranslationSchema = z.object({
  textId: idSchema,
  sentenceId: idSchema,
  translation: z.string().trim().max(2000, { error: "Keep a translation under 2,000 characters." }),
});
export type UpdateSentenceTranslationInput = z.output<typeof updateSentenceTranslationSchema>;

export const updateGlossOverrideSchema = z.object({
  textId: idSchema,
  lexemeId: idSchema,
  gloss: z.string().trim().max(200, { error: "Keep a gloss under 200 characters." }),
});
export type UpdateGlossOverrideInput = z.output<typeof updateGlossOverrideSchema>;

export const dailyGoalSchema = z.object({
  dailyGoalReviews: z.coerce
    .number({ error: "Enter a number of reviews." })
    .int({ error: "Use a whole number." })
    .min(0, { error: "Use 0 (no goal) or more." })
    .max(2000, { error: "Use at most 2,000 reviews." }),
  dailyGoalWords: z.coerce
    .number({ error: "Enter a number of words." })
    .int({ error: "Use a whole number." })
    .min(0, { error: "Use 0 (no goal) or more." })
    .max(100_000, { error: "Use at most 100,000 words." }),
});
export type DailyGoalInput = z.output<typeof dailyGoalSchema>;

/** Sort keys of the assignment dashboard (?sort=…&dir=…). */
export const dashboardSortSchema = z.object({
  sort: z.enum(["name", "read", "time", "lookups", "cards", "reviews", "known"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type DashboardSort = z.infer<typeof dashboardSortSchema>;

/** Flattens a zod error into { field: [messages] } for forms. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
