import "server-only";
import { sql } from "../db";
import type { Role } from "../actor";

/**
 * What a session token is checked against on every request: the account's
 * current role and session version, or null when the account is gone. Takes
 * the id from a verified token, before there is an actor. Straight on the pool
 * (`sql`): it runs on every request.
 */
export async function getSessionState(userId: string): Promise<{ role: Role; sessionVersion: number } | null> {
  const [row] = await sql<{ role: Role; sessionVersion: number }>`
    SELECT "role", "sessionVersion" FROM "User" WHERE "id" = ${userId}`;
  return row ?? null;
}
