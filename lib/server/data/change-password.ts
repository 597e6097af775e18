import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../password";
import type { Actor } from "../actor";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { consumeRateLimit, peekRateLimit } from "../rate-limit/consume-rate-limit";

/** Wrong current passwords allowed per account per window (a stolen session must not become a password oracle). */
export const PASSWORD_CHANGE_LIMIT = { attempts: 5, windowSeconds: 15 * 60 };

/**
 * Replaces the actor's password after checking the current one, and ends every
 * session of the account at once, this one included (the session version moves
 * on, as with "sign out everywhere"): whoever held a copied session token is out.
 * Throws INVALID_INPUT for a wrong current password, RATE_LIMITED after repeated ones.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
  const limitKey = `password-change:${actor.id}`;
  const limit = await peekRateLimit(limitKey, PASSWORD_CHANGE_LIMIT.attempts, PASSWORD_CHANGE_LIMIT.windowSeconds);
  if (!limit.isAllowed) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
    );
  }
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await consumeRateLimit(limitKey, PASSWORD_CHANGE_LIMIT.attempts, PASSWORD_CHANGE_LIMIT.windowSeconds);
    throw new AppError("INVALID_INPUT", "That is not your current password.", {
      currentPassword: ["That is not your current password."],
    });
  }
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
