import "server-only";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { joinCodeSchema } from "@/lib/validation/teach";
import { parseInput } from "../parse-input";
import { assertJoinAttemptAllowed, countWrongJoinCode } from "../rate-limit/join-attempts";

/**
 * A learner joins a class by its code. Joining twice is harmless.
 * NOT_FOUND for an unknown code; teachers can't enrol (their dashboards
 * would then count a teacher as a learner). RATE_LIMITED after too many
 * wrong codes from this account or client (`clientKey`, its address).
 */
export async function joinClass(actor: Actor, joinCode: string, clientKey = "unknown") {
  const code = parseInput(joinCodeSchema, joinCode);
  if (actor.role !== "LEARNER") {
    throw new AppError("INVALID_INPUT", "Only learner accounts can join a class.", {
      joinCode: ["Only learner accounts can join a class."],
    });
  }
  await assertJoinAttemptAllowed(actor, clientKey);
  const klass = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
  if (!klass) {
    await countWrongJoinCode(actor, clientKey);
    throw notFoundError("That join code");
  }
  await db.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: actor.id } },
    update: {},
    create: { classId: klass.id, userId: actor.id },
  });
  return { classId: klass.id, name: klass.name };
}
