import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

// A reader page is two requests: the learner's shell (which checks that the actor may read the
// text) and the page's text, the same bytes for every reader. The shell hands out the text's
// address with a grant — an HMAC over actor, text and version with an expiry — so that the text
// request, made a moment later by the same reader, needs no second access query. A grant
// is good only for its own actor (a leaked address is worth nothing to anyone else), text and
// version; without a valid one the request takes the full access check. Trade-off, as with any
// signed URL: a reader removed from a class keeps the page text they were just shown until the
// grant expires (at most 2 windows). Expiries are rounded to a window so the address stays the
// same, and the browser's copy (cached as immutable) stays usable, for a whole window.
const WINDOW_MS = 30 * 60_000;

// NEXTAUTH_SECRET is shared by every web process; without one (tests, scripts) a per-process
// key still works, and a grant from another process merely takes the full access check.
const key = crypto
  .createHash("sha256")
  .update("lesefluss text-page grant\n")
  .update(env.NEXTAUTH_SECRET ?? crypto.randomBytes(32))
  .digest();

function signature(actorId: string, textId: string, version: number, expires: number): string {
  return crypto
    .createHmac("sha256", key)
    .update(`${actorId}\n${textId}\n${version}\n${expires}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * A grant for `actorId` to fetch the text of `textId` at `version`, valid until the end of the
 * window after the current one.
 *
 * @example
 * grantTextPage("user1", "text1", 3, new Date("2026-12-02T10:05:00Z")); // "mir4tv40.Xq…" (expires 11:00)
 */
export function grantTextPage(actorId: string, textId: string, version: number, now: Date): string {
  const expires = (Math.floor(now.getTime() / WINDOW_MS) + 2) * WINDOW_MS;
  return `${expires.toString(36)}.${signature(actorId, textId, version, expires)}`;
}

/** Whether `grant` (from grantTextPage) is this actor's for this text and version and has not expired. */
export function isTextPageGranted(
  grant: string | null | undefined,
  actorId: string,
  textId: string,
  version: number,
  now: Date,
): boolean {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(grant ?? "");
  if (!match) return false;
  const expires = parseInt(match[1]!, 36);
  if (!Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
  const expected = Buffer.from(signature(actorId, textId, version, expires));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
