import "server-only";
import type { z } from "zod";
import { AppError, notFoundError } from "./errors";

/** zod safeParse → typed data, or INVALID_INPUT carrying field errors. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Check your input.", fieldErrors);
}

/** For ids in URLs: a malformed id is just another id that does not exist (NOT_FOUND). */
export function parseIdOrNotFound<T extends z.ZodType>(schema: T, value: unknown, what = "That item"): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFoundError(what);
  return parsed.data;
}
