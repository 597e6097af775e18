import "server-only";
import { isAppError } from "./errors";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/** Runs a data-layer call for a server action: AppErrors become messages; anything else is logged and reported generically. */
export async function toActionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error))
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    // Redirects and notFound() from next/navigation must propagate.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("server action failed", error);
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
  }
}
