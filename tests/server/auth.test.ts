import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/server/data/create-user";
import { verifyCredentials, SIGN_IN_LIMIT } from "@/lib/server/data/verify-credentials";
import { getClassById } from "@/lib/server/data/get-class-by-id";
import { seedDemoAccounts, DEMO } from "@/lib/server/data/seed-demo-accounts";
import { db } from "@/lib/server/db";
import { makeUser, uniqueEmail } from "../helpers/factories";
import { expectAppError } from "../helpers/expect-app-error";
import { parsed } from "../helpers/parsed";
import { signUpSchema } from "@/lib/validation/auth";

describe("sign-up", () => {
  it("creates a learner with a hashed password", async () => {
    const email = uniqueEmail();
    const user = await createUser(
      parsed(signUpSchema, { name: "Ada", email: email.toUpperCase(), password: "a-long-passphrase" }),
    );
    expect(user).toMatchObject({ email, role: "LEARNER", name: "Ada" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("a-long-passphrase");
  });

  it("rejects a duplicate email with a clear message", async () => {
    const email = uniqueEmail();
    await createUser(parsed(signUpSchema, { name: "A", email, password: "a-long-passphrase" }));
    const error = await expectAppError(
      createUser(parsed(signUpSchema, { name: "B", email, password: "another-passphrase" })),
      "CONFLICT",
    );
    expect(error.message).toMatch(/already exists/);
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it.each([
    ["short", "Use at least 10 characters"],
    ["password123", "too common"],
    ["aaaaaaaaaaaa", "more variety"],
  ])("rejects the weak password %j", async (password, message) => {
    const error = await expectAppError(
      () => createUser(parsed(signUpSchema, { name: "W", email: uniqueEmail(), password })),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.password?.join(" ")).toContain(message);
  });

  it("rejects malformed fields without creating anything", async () => {
    const before = await db.user.count();
    const error = await expectAppError(
      () => createUser(parsed(signUpSchema, { name: "", email: "not-an-email", password: "a-long-passphrase" })),
      "INVALID_INPUT",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name"]);
    expect(await db.user.count()).toBe(before);
  });
});

describe("sign-in", () => {
  it("accepts the right password and rejects a wrong one", async () => {
    const email = uniqueEmail();
    await createUser(parsed(signUpSchema, { name: "S", email, password: "the-right-password" }));
    expect(await verifyCredentials({ email, password: "the-right-password" })).toMatchObject({
      email,
      role: "LEARNER",
    });
    expect(await verifyCredentials({ email, password: "the-wrong-password" })).toBeNull();
    expect(await verifyCredentials({ email: uniqueEmail(), password: "the-right-password" })).toBeNull();
    expect(await verifyCredentials({ email: 42, password: null })).toBeNull();
  });

  it("locks an account after too many failed attempts, even with the right password", async () => {
    const email = uniqueEmail();
    await createUser(parsed(signUpSchema, { name: "R", email, password: "the-right-password" }));
    for (let i = 0; i < SIGN_IN_LIMIT.perEmail; i++) {
      expect(await verifyCredentials({ email, password: `wrong-${i}` }, `client-${i}`)).toBeNull();
    }
    const error = await expectAppError(
      verifyCredentials({ email, password: "the-right-password" }, "fresh"),
      "RATE_LIMITED",
    );
    expect(error.message).toMatch(/Too many sign-in attempts/);
  });

  it("does not count successful sign-ins against the limit", async () => {
    const email = uniqueEmail();
    await createUser(parsed(signUpSchema, { name: "OK", email, password: "the-right-password" }));
    for (let i = 0; i < SIGN_IN_LIMIT.perEmail + 2; i++) {
      expect(await verifyCredentials({ email, password: "the-right-password" })).not.toBeNull();
    }
  });
});

describe("roles and the 404 rule", () => {
  it("lets a teacher open their class and answers NOT_FOUND for another teacher's, a learner, and unknown ids", async () => {
    const teacher = await makeUser("TEACHER");
    const otherTeacher = await makeUser("TEACHER");
    const learner = await makeUser("LEARNER");
    const klass = await db.class.create({ data: { name: "7b", joinCode: `J-${teacher.id}`, teacherId: teacher.id } });

    expect((await getClassById(teacher, klass.id)).name).toBe("7b");
    await expectAppError(getClassById(otherTeacher, klass.id), "NOT_FOUND");
    await expectAppError(getClassById(learner, klass.id), "NOT_FOUND");
    await expectAppError(getClassById(teacher, "does-not-exist"), "NOT_FOUND");
  });

  it("seeds the demo learner, teacher and class idempotently", async () => {
    const first = await seedDemoAccounts();
    const second = await seedDemoAccounts();
    expect(second.learnerId).toBe(first.learnerId);
    expect(await verifyCredentials({ email: DEMO.learnerEmail, password: DEMO.password })).toMatchObject({
      role: "LEARNER",
    });
    expect(await verifyCredentials({ email: DEMO.teacherEmail, password: DEMO.password })).toMatchObject({
      role: "TEACHER",
    });
    const enrolled = await db.enrollment.count({ where: { classId: first.classId, userId: first.learnerId } });
    expect(enrolled).toBe(1);
  });

  it("never returns password hashes from ordinary queries", async () => {
    const user = await makeUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });
});
