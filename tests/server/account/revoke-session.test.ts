// Issue 14.4: signing out revokes that one session token (by its sid) until it would have expired.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getSessionState } from "@/lib/server/data/get-session-state";
import { revokeSession } from "@/lib/server/data/revoke-session";
import { db } from "@/lib/server/db";
import { makeUser } from "../../helpers/factories";

describe("revoking one session", () => {
  it("refuses the signed-out token's sid and no other, for its own user only", async () => {
    const learner = await makeUser();
    const other = await makeUser();
    const signedOut = crypto.randomUUID();
    const stillIn = crypto.randomUUID();
    const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    expect((await getSessionState(learner.id, signedOut))?.isRevoked).toBe(false);
    await revokeSession(learner.id, signedOut, inAMonth);
    await revokeSession(learner.id, signedOut, inAMonth); // signing out twice is harmless
    expect((await getSessionState(learner.id, signedOut))?.isRevoked).toBe(true);
    expect((await getSessionState(learner.id, stillIn))?.isRevoked).toBe(false);
    expect((await getSessionState(learner.id))?.isRevoked).toBe(false);
    // A sid revoked for one user does not end another user's session with the same id.
    expect((await getSessionState(other.id, signedOut))?.isRevoked).toBe(false);
  });

  it("forgets revocations whose tokens have expired when the next one is written", async () => {
    const learner = await makeUser();
    const old = crypto.randomUUID();
    await revokeSession(learner.id, old, new Date(Date.now() - 1000));
    expect(await db.revokedSession.count({ where: { sid: old } })).toBe(1);
    await revokeSession(learner.id, crypto.randomUUID(), new Date(Date.now() + 60_000));
    expect(await db.revokedSession.count({ where: { sid: old } })).toBe(0);
  });

  it("goes with the account", async () => {
    const learner = await makeUser();
    const sid = crypto.randomUUID();
    await revokeSession(learner.id, sid, new Date(Date.now() + 60_000));
    await db.user.delete({ where: { id: learner.id } });
    expect(await db.revokedSession.count({ where: { sid } })).toBe(0);
  });
});
