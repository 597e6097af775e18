import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";

/** The actor's own time zone, for showing dates as they see their day. */
export async function getTimeZone(actor: Actor): Promise<string> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { timeZone: true } });
  return user?.timeZone ?? "UTC";
}
