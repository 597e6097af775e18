import "server-only";
import { db } from "../db";
import { hashPassword } from "../password";

export const DEMO = {
  learnerEmail: "learner@lesefluss.test",
  teacherEmail: "teacher@lesefluss.test",
  password: "lesefluss-demo",
  className: "Deutsch B1 (Demo)",
  joinCode: "DEMO-B1",
  /** The demo learner's classmates, so the teacher's dashboard has a class to show (they can sign in too). */
  classmates: [
    { email: "jonas@lesefluss.test", name: "Jonas Becker" },
    { email: "mia@lesefluss.test", name: "Mia Schneider" },
    { email: "emre@lesefluss.test", name: "Emre Yılmaz" },
    { email: "sofia@lesefluss.test", name: "Sofia Rossi" },
  ],
} as const;

export interface DemoAccounts {
  learnerId: string;
  teacherId: string;
  classId: string;
  classmates: { email: string; id: string }[];
}

/**
 * Demo learner, demo teacher, the learner's classmates and the teacher's
 * class. Idempotent. Enrolment is left to the demo story (seedDemoStory),
 * which joins each learner on the day their story starts.
 */
export async function seedDemoAccounts(): Promise<Omit<typeof DEMO, "classmates"> & DemoAccounts> {
  const passwordHash = await hashPassword(DEMO.password);
  const upsertUser = (email: string, name: string, role: "LEARNER" | "TEACHER") =>
    db.user.upsert({
      where: { email },
      update: {},
      create: { email, name, role, passwordHash, timeZone: "Europe/Berlin" },
      select: { id: true },
    });
  const learner = await upsertUser(DEMO.learnerEmail, "Lena Lernende", "LEARNER");
  const teacher = await upsertUser(DEMO.teacherEmail, "Tobias Lehrer", "TEACHER");
  const classmates = [];
  for (const { email, name } of DEMO.classmates) {
    classmates.push({ email, id: (await upsertUser(email, name, "LEARNER")).id });
  }
  const klass = await db.class.upsert({
    where: { joinCode: DEMO.joinCode },
    update: {},
    create: { name: DEMO.className, joinCode: DEMO.joinCode, teacherId: teacher.id },
    select: { id: true },
  });
  return { ...DEMO, learnerId: learner.id, teacherId: teacher.id, classId: klass.id, classmates };
}
