import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "../password";
import { consumeRateLimit, peekRateLimit } from "../rate-limit/consume-rate-limit";
import { signInSchema } from "@/lib/validation/auth";
import type { Actor } from "../actor";

/** Failed sign-ins allowed per window, per account and per client address. */
export const SIGN_IN_LIMIT = { perEmail: 10, perClient: 50, windowSeconds: 15 * 60 };

/**
 * Checks an email/password pair. Returns the user or null (wrong email and
 * wrong password look the same). Throws RATE_LIMITED after too many failed
 * attempts for one email or one client address; successful sign-ins do not count.
 */
export async function verifyCredentials(
  input: { email: unknown; password: unknown },
  clientKey = "unknown",
): Promise<(Actor & { email: string; name: string }) | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const limits = [
    { key: `signin:email:${email}`, limit: SIGN_IN_LIMIT.perEmail },
    { key: `signin:client:${clientKey}`, limit: SIGN_IN_LIMIT.perClient },
  ];
  for (const { key, limit: max } of limits) {
    const limit = await peekRateLimit(key, max, SIGN_IN_LIMIT.windowSeconds);
    if (!limit.isAllowed) {
      throw new AppError(
        "RATE_LIMITED",
        `Too many sign-in attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      );
    }
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, email: true, name: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !isValid) {
    for (const { key, limit: max } of limits) {
      await consumeRateLimit(key, max, SIGN_IN_LIMIT.windowSeconds);
    }
    return null;
  }
  return { id: user.id, role: user.role, email: user.email, name: user.name };
}
