import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "../password";
import type { Actor } from "../actor";
import { consumeRateLimit, peekRateLimit } from "../rate-limit/consume-rate-limit";

/**
 * The check before an account-wide change (deletion, a new password): the
 * actor's current password, with wrong ones counted per account under `purpose`
 * (a stolen session must not become a password oracle). Throws RATE_LIMITED
 * once the window's wrong tries are used up, INVALID_INPUT with `message` on
 * `field` for a wrong password, UNAUTHORIZED when the account is gone. Returns
 * the account's email and the counter's key (deletion clears its counters).
 */
export async function confirmPassword(
  actor: Actor,
  password: string,
  options: { purpose: string; limit: { attempts: number; windowSeconds: number }; field: string; message: string },
): Promise<{ email: string; limitKey: string }> {
  const { purpose, limit, field, message } = options;
  const key = `${purpose}:${actor.id}`;
  const state = await peekRateLimit(key, limit.attempts, limit.windowSeconds);
  if (!state.isAllowed) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords. Try again in ${Math.ceil(state.retryAfterSeconds / 60)} minutes.`,
    );
  }
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  if (!(await verifyPassword(user.passwordHash, password))) {
    await consumeRateLimit(key, limit.attempts, limit.windowSeconds);
    throw new AppError("INVALID_INPUT", message, { [field]: [message] });
  }
  return { email: user.email, limitKey: key };
}
