import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "../password";
import { consumeRateLimit, peekRateLimit, type RateLimitResult } from "../rate-limit/consume-rate-limit";
import { signInSchema } from "@/lib/validation/auth";
import type { Actor } from "../actor";

/**
 * Failed sign-ins allowed per window. Counted per account+client pair, so a
 * stranger's guesses never lock the owner's own client; per client across
 * accounts (password spraying); and per account from all clients together,
 * a slower back-off that only stops clients the account has never signed in
 * from — the owner still gets in from a known one.
 */
export const SIGN_IN_LIMIT = {
  perAccountAndClient: 5,
  perClient: 50,
  windowSeconds: 15 * 60,
  perAccount: 30,
  accountWindowSeconds: 60 * 60,
  /** A client stays "known" this long after its last successful sign-in. */
  knownClientDays: 90,
};

export type SignedInUser = Actor & { email: string; name: string; sessionVersion: number };

function rateLimited(limit: RateLimitResult): AppError {
  return new AppError(
    "RATE_LIMITED",
    `Too many sign-in attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
  );
}

async function isKnownClient(email: string, clientKey: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.knownClientDays * 24 * 60 * 60 * 1000);
  const known = await db.signInClient.findFirst({
    where: { clientKey, lastSignInAt: { gt: since }, user: { email } },
    select: { userId: true },
  });
  return known !== null;
}

/**
 * Checks an email/password pair. Returns the user or null (wrong email and
 * wrong password look the same, and so do their limits: they are keyed by
 * the email as typed, not by an account that may not exist). Throws
 * RATE_LIMITED when this client has failed too often for this account or for
 * any account, or when the account has failed too often from everywhere and
 * this client has never signed in to it. Successful sign-ins do not count.
 * `clientKey` is the client's address (lib/server/http/client-address.ts).
 */
export async function verifyCredentials(
  input: { email: unknown; password: unknown },
  clientKey = "unknown",
  now = new Date(),
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const { windowSeconds, accountWindowSeconds } = SIGN_IN_LIMIT;
  const pairKey = `signin:pair:${email}:${clientKey}`;
  const limits = [
    { key: pairKey, max: SIGN_IN_LIMIT.perAccountAndClient, window: windowSeconds },
    { key: `signin:client:${clientKey}`, max: SIGN_IN_LIMIT.perClient, window: windowSeconds },
  ];
  const account = { key: `signin:account:${email}`, max: SIGN_IN_LIMIT.perAccount, window: accountWindowSeconds };
  for (const { key, max, window } of limits) {
    const limit = await peekRateLimit(key, max, window, now);
    if (!limit.isAllowed) throw rateLimited(limit);
  }
  const accountLimit = await peekRateLimit(account.key, account.max, account.window, now);
  if (!accountLimit.isAllowed && !(await isKnownClient(email, clientKey, now))) throw rateLimited(accountLimit);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !isValid) {
    for (const { key, max, window } of [...limits, account]) await consumeRateLimit(key, max, window, now);
    return null;
  }
  await db.rateLimit.deleteMany({ where: { key: pairKey } });
  // An address we could not tell ("unknown") is shared by every such client, so it never becomes a known one.
  if (clientKey !== "unknown") {
    await db.signInClient.upsert({
      where: { userId_clientKey: { userId: user.id, clientKey } },
      create: { userId: user.id, clientKey, lastSignInAt: now },
      update: { lastSignInAt: now },
    });
  }
  return { id: user.id, role: user.role, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
