import "server-only";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { joinCodeSchema } from "@/lib/validation/teach";
import { parseInput } from "../parse-input";

/**
 * A learner joins a class by its code. Joining twice is harmless.
 * NOT_FOUND for an unknown code; teachers can't enrol (their dashboards
 * would then count a teacher as a learner).
 */
export async function joinClass(actor: Actor, joinCode: string, now = new Date()) {
  const code = parseInput(joinCodeSchema, joinCode);
  if (actor.role !== "LEARNER") {
    throw new AppError("INVALID_INPUT", "Only learner accounts can join a class.", {
      joinCode: ["Only learner accounts can join a class."],
    });
  }
  const klass = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
  if (!klass) throw notFoundError("That join code");
  await db.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: actor.id } },
    update: {},
    create: { classId: klass.id, userId: actor.id, joinedAt: now },
  });
  return { classId: klass.id, name: klass.name };
}
