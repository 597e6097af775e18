// Issue 14: join codes (about 40 bits) could be guessed with no limit on
// joining or on /join/CODE. Wrong codes now count per account and per client.
import { describe, expect, it } from "vitest";
import { createClass } from "@/lib/server/data/create-class";
import { joinClass } from "@/lib/server/data/join-class";
import { getClassByJoinCode } from "@/lib/server/data/get-class-by-join-code";
import { JOIN_LIMIT } from "@/lib/server/rate-limit/join-attempts";
import { db } from "@/lib/server/db";
import { makeUser } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";

const wrongCode = (i: number) => `ZZZZ-ZZZZ-${String(i).padStart(4, "Q")}`;

describe("join-code guessing", () => {
  it("stops an account after too many wrong codes, even for the right one, on the page and the action alike", async () => {
    const teacher = await makeUser("TEACHER");
    const klass = await createClass(teacher, { name: "Deutsch 9a" });
    const guesser = await makeUser();
    for (let i = 0; i < JOIN_LIMIT.perAccount / 2; i++) {
      await expectAppError(joinClass(guesser, wrongCode(i), `198.51.100.${i}`), "NOT_FOUND");
      await expectAppError(getClassByJoinCode(guesser, wrongCode(100 + i), `198.51.100.${i}`), "NOT_FOUND");
    }
    const error = await expectAppError(joinClass(guesser, klass.joinCode, "198.51.100.200"), "RATE_LIMITED");
    expect(error.message).toMatch(/Too many join attempts/);
    await expectAppError(getClassByJoinCode(guesser, klass.joinCode, "198.51.100.201"), "RATE_LIMITED");
    expect(await db.enrollment.count({ where: { userId: guesser.id } })).toBe(0);
  });

  it("stops a client address that guesses through many accounts, and leaves other clients alone", async () => {
    const teacher = await makeUser("TEACHER");
    const klass = await createClass(teacher, { name: "Deutsch 9b" });
    const client = `203.0.113.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < JOIN_LIMIT.perClient; i++) {
      await expectAppError(joinClass(await makeUser(), wrongCode(i), client), "NOT_FOUND");
    }
    await expectAppError(joinClass(await makeUser(), klass.joinCode, client), "RATE_LIMITED");
    expect(await joinClass(await makeUser(), klass.joinCode, "192.0.2.77")).toMatchObject({ classId: klass.id });
  });
});
