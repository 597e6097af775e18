"use server";
// Server actions for a learner's classes: join by code, leave. Authenticate,
// parse, then the data function authorizes and acts.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { joinClass } from "@/lib/server/data/join-class";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { leaveClass } from "@/lib/server/data/leave-class";
import { idSchema, joinCodeSchema } from "@/lib/validation/teach";

export interface JoinState {
  status: "idle" | "error" | "ok";
  message?: string;
}

export async function joinClassAction(_prev: JoinState, formData: FormData): Promise<JoinState> {
  const actor = await getActor();
  if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
  const raw = formData.get("joinCode");
  const parsed = joinCodeSchema.safeParse(typeof raw === "string" ? raw : "");
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the join code." };
  try {
    const joined = await joinClass(actor, parsed.data, clientAddressOf(await headers()));
    revalidatePath("/classes");
    revalidatePath("/library");
    return { status: "ok", message: `You joined ${joined.name}. Its assignments appear at the top of your library.` };
  } catch (error) {
    if (isAppError(error)) {
      return {
        status: "error",
        message:
          error.code === "NOT_FOUND" ? "No class has that join code. Check it with your teacher." : error.message,
      };
    }
    console.error("joining a class failed", error);
    return { status: "error", message: "Could not join the class right now. Please try again." };
  }
}

export async function leaveClassAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const parsed = z.object({ classId: idSchema }).safeParse({ classId: formData.get("classId") });
  if (!parsed.success) return;
  try {
    await leaveClass(actor, parsed.data.classId);
  } catch (error) {
    // Already left (another tab, or the teacher removed them): the refreshed list shows that.
    if (!isAppError(error)) throw error;
  }
  revalidatePath("/classes");
  revalidatePath("/library");
}
