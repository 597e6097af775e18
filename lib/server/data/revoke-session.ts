import "server-only";
import { sql } from "../db";

/**
 * Ends one session token (the one being signed out): its `sid` is refused from
 * now until `expiresAt`, when the token would have expired anyway. Called from
 * next-auth's signOut event with the verified token, before there is an actor;
 * the user must be the token's own. Rows whose tokens have expired go at the same time.
 */
export async function revokeSession(userId: string, sid: string, expiresAt: Date, now = new Date()): Promise<void> {
  await sql`
    WITH expired AS (DELETE FROM "RevokedSession" WHERE "expiresAt" < ${now})
    INSERT INTO "RevokedSession" ("sid", "userId", "expiresAt") VALUES (${sid}, ${userId}, ${expiresAt})
    ON CONFLICT ("sid") DO NOTHING`;
}
