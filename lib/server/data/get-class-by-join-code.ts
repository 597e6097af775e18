import "server-only";
import { db } from "../db";
import { notFoundError } from "../errors";
import type { Actor } from "../actor";
import { joinCodeSchema } from "@/lib/validation/teach";
import { parseIdOrNotFound } from "../parse-input";
import { assertJoinAttemptAllowed, countWrongJoinCode } from "../rate-limit/join-attempts";

/**
 * What /join/CODE shows before joining: the class name and teacher name only
 * (anyone holding the code may see that much). NOT_FOUND for unknown codes,
 * which count against the same join-attempt limit as joining (RATE_LIMITED).
 */
export async function getClassByJoinCode(actor: Actor, joinCode: string, clientKey = "unknown") {
  await assertJoinAttemptAllowed(actor, clientKey);
  const parsed = joinCodeSchema.safeParse(joinCode);
  if (!parsed.success) await countWrongJoinCode(actor, clientKey);
  const code = parseIdOrNotFound(joinCodeSchema, joinCode, "That join code");
  const klass = await db.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      teacherId: true,
      teacher: { select: { name: true } },
      enrollments: { where: { userId: actor.id }, select: { userId: true } },
    },
  });
  if (!klass) {
    await countWrongJoinCode(actor, clientKey);
    throw notFoundError("That join code");
  }
  return {
    id: klass.id,
    joinCode: code,
    name: klass.name,
    teacherName: klass.teacher.name,
    isEnrolled: klass.enrollments.length > 0,
    isOwnClass: klass.teacherId === actor.id,
  };
}
