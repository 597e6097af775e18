// The state every teacher form's server action returns (for useActionState).
import { isAppError } from "@/lib/server/errors";

export interface FormState {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export const IDLE: FormState = { status: "idle" };

/** AppErrors carry a message meant for the user; anything else is logged and answered generically. */
export function toErrorState(error: unknown, what: string): FormState {
  if (isAppError(error)) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  console.error(`${what} failed`, error);
  return { status: "error", message: `Could not ${what} right now. Please try again.` };
}
