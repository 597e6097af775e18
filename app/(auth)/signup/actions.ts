"use server";
// Server action: sign-up. Public endpoint by nature: parse, then act.
import { createUser } from "@/lib/server/data/create-user";
import { joinClass } from "@/lib/server/data/join-class";
import { isAppError } from "@/lib/server/errors";
import { joinCodeOfPath, sameOriginPath } from "@/lib/validation/callback-url";

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
    const user = await createUser({
      name: values.name,
      email: values.email,
      password: String(formData.get("password") ?? ""),
      role: values.role === "TEACHER" ? "TEACHER" : "LEARNER",
    });
    // Signing up from a class's join link joins that class (the page said so); teachers can't join.
    const joinCode = joinCodeOfPath(sameOriginPath(formData.get("callbackUrl")));
    if (joinCode && user.role === "LEARNER") await joinClassIfItExists(user, joinCode);
    return { status: "created", values };
  } catch (error) {
    if (isAppError(error)) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    console.error("sign-up failed", error);
    return { status: "error", message: "We could not create your account right now. Please try again.", values };
  }
}

async function joinClassIfItExists(user: { id: string; role: "LEARNER" | "TEACHER" }, joinCode: string) {
  try {
    await joinClass({ id: user.id, role: user.role }, joinCode);
  } catch (error) {
    // A stale or mistyped code must not fail the sign-up: the join page then says the code is unknown.
    if (!isAppError(error)) throw error;
  }
}
