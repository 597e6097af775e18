import "server-only";
import { sql } from "../db";
import type { Role } from "../actor";

/**
 * What a session token is checked against on every request: the account's
 * current role and session version, and whether this token (by its `sid`) was
 * signed out; null when the account is gone. Takes the id from a verified
 * token, before there is an actor. Straight on the pool (`sql`): it runs on every request.
 */
export async function getSessionState(
  userId: string,
  sid: string | null = null,
): Promise<{ role: Role; sessionVersion: number; isRevoked: boolean } | null> {
  const [row] = await sql<{ role: Role; sessionVersion: number; isRevoked: boolean }>`
    SELECT u."role", u."sessionVersion",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sid" = ${sid ?? ""} AND r."userId" = u."id") AS "isRevoked"
    FROM "User" u WHERE u."id" = ${userId}`;
  return row ?? null;
}
