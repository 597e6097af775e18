import "server-only";
import { db } from "../db";
import { hashPassword } from "../password";

export const DEMO = {
  learnerEmail: "learner@lesefluss.test",
  teacherEmail: "teacher@lesefluss.test",
  password: "lesefluss-demo",
  className: "Deutsch B1 (Demo)",
  joinCode: "DEMO-B1",
} as const;

/** Demo learner, demo teacher and the teacher's class with the learner enrolled. Idempotent. */
export async function seedDemoAccounts() {
  const passwordHash = await hashPassword(DEMO.password);
  const learner = await db.user.upsert({
    where: { email: DEMO.learnerEmail },
    update: {},
    create: { email: DEMO.learnerEmail, name: "Lena Lernende", role: "LEARNER", passwordHash, timeZone: "Europe/Berlin" },
    select: { id: true },
  });
  const teacher = await db.user.upsert({
    where: { email: DEMO.teacherEmail },
    update: {},
    create: { email: DEMO.teacherEmail, name: "Tobias Lehrer", role: "TEACHER", passwordHash, timeZone: "Europe/Berlin" },
    select: { id: true },
  });
  const klass = await db.class.upsert({
    where: { joinCode: DEMO.joinCode },
    update: {},
    create: { name: DEMO.className, joinCode: DEMO.joinCode, teacherId: teacher.id },
    select: { id: true },
  });
  await db.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: learner.id } },
    update: {},
    create: { classId: klass.id, userId: learner.id },
  });
  return { ...DEMO, learnerId: learner.id, teacherId: teacher.id, classId: klass.id };
}
