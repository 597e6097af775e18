import "server-only";
import { db } from "../db";
import type { Role } from "../actor";

/**
 * What a session token is checked against on every request: the account's
 * current role and session version, or null when the account is gone. Takes
 * the id from a verified token, before there is an actor.
 */
export async function getSessionState(userId: string): Promise<{ role: Role; sessionVersion: number } | null> {
  return db.user.findUnique({ where: { id: userId }, select: { role: true, sessionVersion: true } });
}
