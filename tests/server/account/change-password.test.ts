// Issue 14.4: a password change checks the current password, ends every session of the
// account (the session version moves on) and leaves the new password as the only way in.
import { describe, expect, it } from "vitest";
import { changePassword, PASSWORD_CHANGE_LIMIT } from "@/lib/server/data/change-password";
import { verifyCredentials } from "@/lib/server/data/verify-credentials";
import { getSessionState } from "@/lib/server/data/get-session-state";
import { changePasswordSchema } from "@/lib/validation/account";
import { db } from "@/lib/server/db";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";
import { expectAppError } from "../../helpers/expect-app-error";

const NEW_PASSWORD = "Sommer an der Ostsee 26";

async function emailOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;
}

describe("changing the password", () => {
  it("takes the new password, refuses the old one, and ends every session", async () => {
    const learner = await makeUser();
    const other = await makeUser();
    const before = await getSessionState(learner.id);
    const otherBefore = await getSessionState(other.id);
    await changePassword(learner, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect((await getSessionState(learner.id))?.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await getSessionState(other.id)).toEqual(otherBefore);
    const email = await emailOf(learner.id);
    expect(await verifyCredentials({ email, password: NEW_PASSWORD }, "127.0.0.9")).toMatchObject({ id: learner.id });
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, "127.0.0.9")).toBeNull();
  });

  it("refuses a wrong current password without changing anything, and stops guessing after a few tries", async () => {
    const learner = await makeUser();
    const before = await db.user.findUniqueOrThrow({
      where: { id: learner.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    const attempt = () =>
      changePassword(learner, {
        currentPassword: "a wrong guess",
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      });
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT.attempts; i++) await expectAppError(attempt(), "INVALID_INPUT");
    await expectAppError(attempt(), "RATE_LIMITED");
    // Even the right password waits out the window: a stolen session is no password oracle.
    await expectAppError(
      changePassword(learner, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
      "RATE_LIMITED",
    );
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: learner.id },
        select: { passwordHash: true, sessionVersion: true },
      }),
    ).toEqual(before);
  });

  it.each([
    [
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "something else 123" },
      "confirmPassword",
    ],
    [{ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }, "newPassword"],
    [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, "newPassword"],
    [{ currentPassword: "", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, "currentPassword"],
  ])("refuses %o next to the field %s", (input, field) => {
    const parsed = changePasswordSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
