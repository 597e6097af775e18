import "server-only";
import { AppError } from "../errors";
import type { Actor } from "../actor";
import { consumeRateLimit, peekRateLimit } from "./consume-rate-limit";

/**
 * Wrong join codes allowed per window, per account and per client address
 * (an attacker with many accounts still shares one address, and one with many
 * addresses still signs in to few accounts). With 12-character codes from a
 * 31-letter alphabet (~59 bits) this leaves guessing hopeless.
 */
export const JOIN_LIMIT = { perAccount: 10, perClient: 30, windowSeconds: 15 * 60 };

function keysOf(actor: Actor, clientKey: string) {
  return [
    { key: `join:account:${actor.id}`, max: JOIN_LIMIT.perAccount },
    { key: `join:client:${clientKey}`, max: JOIN_LIMIT.perClient },
  ];
}

/** Throws RATE_LIMITED once this account or client has tried too many wrong codes; then no code is looked up at all. */
export async function assertJoinAttemptAllowed(actor: Actor, clientKey: string, now = new Date()): Promise<void> {
  for (const { key, max } of keysOf(actor, clientKey)) {
    const limit = await peekRateLimit(key, max, JOIN_LIMIT.windowSeconds, now);
    if (!limit.isAllowed) {
      throw new AppError(
        "RATE_LIMITED",
        `Too many join attempts with wrong codes. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      );
    }
  }
}

/** Counts one wrong code against the account and the client. */
export async function countWrongJoinCode(actor: Actor, clientKey: string, now = new Date()): Promise<void> {
  for (const { key, max } of keysOf(actor, clientKey)) await consumeRateLimit(key, max, JOIN_LIMIT.windowSeconds, now);
}
