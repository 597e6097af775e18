import "server-only";
import { db } from "../db";

export interface RateLimitResult {
  isAllowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one attempt against `key` in a fixed window stored in the database,
 * so every app instance shares the same counters. Atomic (one upsert).
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStartCutoff = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartCutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartCutoff} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const count = Number(row.count);
  const resetAt = new Date(row.windowStart).getTime() + windowSeconds * 1000;
  return {
    isAllowed: count <= limit,
    count,
    retryAfterSeconds: Math.max(0, Math.ceil((resetAt - now.getTime()) / 1000)),
  };
}

/** Reads a counter without counting: how many attempts remain in the window. */
export async function peekRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowStart.getTime() <= now.getTime() - windowSeconds * 1000) {
    return { isAllowed: true, count: 0, retryAfterSeconds: 0 };
  }
  const resetAt = row.windowStart.getTime() + windowSeconds * 1000;
  return {
    isAllowed: row.count < limit,
    count: row.count,
    retryAfterSeconds: Math.max(0, Math.ceil((resetAt - now.getTime()) / 1000)),
  };
}
