import "server-only";
import { db } from "../db";
import { hashPassword } from "../password";
import type { Actor } from "../actor";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { confirmPassword } from "../access/confirm-password";

/** Wrong current passwords allowed per account per window (a stolen session must not become a password oracle). */
export const PASSWORD_CHANGE_LIMIT = { attempts: 5, windowSeconds: 15 * 60 };

/**
 * Replaces the actor's password after checking the current one, and ends every
 * session of the account at once, this one included (the session version moves
 * on, as with "sign out everywhere"): whoever held a copied session token is out.
 * Throws INVALID_INPUT for a wrong current password, RATE_LIMITED after repeated ones.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
  await confirmPassword(actor, input.currentPassword, {
    purpose: "password-change",
    limit: PASSWORD_CHANGE_LIMIT,
    field: "currentPassword",
    message: "That is not your current password.",
  });
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
