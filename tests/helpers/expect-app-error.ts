import { expect } from "vitest";
import { AppError } from "@/lib/server/errors";

/** The AppError a call fails with; pass a function when the input is parsed in the call (a parse fails synchronously). */
export async function expectAppError(
  work: Promise<unknown> | (() => Promise<unknown>),
  code: string,
): Promise<AppError> {
  const promise = typeof work === "function" ? Promise.resolve().then(work) : work;
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
