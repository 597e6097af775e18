import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../actor";

/**
 * A learner joins a class by its code. Joining twice is harmless.
 * NOT_FOUND for an unknown code; teachers can't enrol (their dashboards
 * would then count a teacher as a learner). `code` is parsed by joinCodeSchema (upper case).
 */
export async function joinClass(actor: Actor, code: string) {
  if (actor.role !== "LEARNER") {
    throw new AppError("INVALID_INPUT", "Only learner accounts can join a class.", {
      joinCode: ["Only learner accounts can join a class."],
    });
  }
  const klass = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
  if (!klass) throw new AppError("NOT_FOUND", "No class has that join code. Check it with your teacher.");
  await db.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: actor.id } },
    update: {},
    create: { classId: klass.id, userId: actor.id },
  });
  return { classId: klass.id, name: klass.name };
}
