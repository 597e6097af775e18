"use server";
// Server action: sign-up. Public endpoint by nature: parse, then act.
import { createUser } from "@/lib/server/data/create-user";
import { isAppError } from "@/lib/server/errors";

export interface SignUpState {
  status: "idle" | "error" | "created";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Echoed back so the form keeps what the user typed (never the password). */
  values?: { name: string; email: string; role: string };
}

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? "LEARNER"),
  };
  try {
    await createUser({
      name: values.name,
      email: values.email,
      password: String(formData.get("password") ?? ""),
      role: values.role === "TEACHER" ? "TEACHER" : "LEARNER",
    });
    return { status: "created", values };
  } catch (error) {
    if (isAppError(error)) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    console.error("sign-up failed", error);
    return { status: "error", message: "We could not create your account right now. Please try again.", values };
  }
}
