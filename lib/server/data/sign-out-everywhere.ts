import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";

/** Ends every session of the actor, on every device, this one included (the session version moves on). */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
