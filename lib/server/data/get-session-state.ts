import "server-only";
import { db } from "../db";
import type { Role } from "../actor";

/**
 * What a session token is checked against on every request: the account's
 * current role and session version, or null when the account is gone. Takes
 * the id from a verified token, before there is an actor. Raw SQL: it runs on
 * every request, and a model query costs a query-plan compilation each time.
 */
export async function getSessionState(userId: string): Promise<{ role: Role; sessionVersion: number } | null> {
  const [row] = await db.$queryRaw<{ role: Role; sessionVersion: number }[]>`
    SELECT "role", "sessionVersion" FROM "User" WHERE "id" = ${userId}`;
  return row ?? null;
}
