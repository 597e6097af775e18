// Hostile input at the server boundary: markup and control characters in
// imported text are stored as plain text (never interpreted), oversized and
// malformed input gets a clear INVALID_INPUT, other users' ids are NOT_FOUND,
// forged sessions and role claims get nowhere, cross-site requests are refused.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";

// Input reaches the use cases through the action and route doors, which read the session here.
const session = vi.hoisted(() => ({ actor: null as (Actor & { name: string; email: string }) | null }));
vi.mock("@/lib/server/auth", () => ({ getActor: () => Promise.resolve(session.actor) }));
import { encode, decode } from "next-auth/jwt";
import { importText } from "@/lib/server/data/import-text";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { answerReview } from "@/lib/server/data/answer-review";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { createClass } from "@/lib/server/data/create-class";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { exportUserData } from "@/lib/server/data/export-user-data";
import { checkSameOrigin } from "@/lib/server/http/assert-same-origin";
import { isDatabaseUnavailable } from "@/lib/server/http/is-database-unavailable";
import { db } from "@/lib/server/db";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";
import { makeCard, newClientId } from "../review/factories";
import { expectAppError } from "../../helpers/expect-app-error";
import { POST as postAnswer } from "@/app/api/review/answer/route";
import { deleteAccountAction } from "@/app/(learner)/account/actions";

const GERMAN =
  "Der Hund schläft im Garten. Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch. Wir fahren im Sommer mit dem Zug an die Ostsee.";

async function storedSentences(textId: string): Promise<string> {
  const rows = await db.sentence.findMany({ where: { textId }, orderBy: { index: "asc" }, select: { content: true } });
  return rows.map((r) => r.content).join(" ");
}

describe("imported text with markup and control characters is stored as text", () => {
  it.each([
    [
      "<script> and <img onerror>",
      `${GERMAN} <script>window.__pwned = 1</script> Der Hund <img src=x onerror="window.__pwned=2"> schläft.`,
    ],
    [
      "markdown and javascript: links",
      `${GERMAN} Lies [mehr](javascript:alert(1)) und [hier](http://evil.example/) im Garten.`,
    ],
    ["RTL overrides and marks", `${GERMAN} Der \u202EnetraG\u202C Hund \u200Fschläft\u200E im Garten.`],
    ["zero-width characters", `${GERMAN} Der Hu\u200Bnd schl\u200Däft im Gar\uFEFFten.`],
  ])("%s", async (_name, content) => {
    const learner = await makeUser();
    const { textId } = await importText(learner, { content });
    const text = await db.text.findUniqueOrThrow({
      where: { id: textId },
      select: { sentenceCount: true, ownerId: true },
    });
    expect(text.ownerId).toBe(learner.id);
    expect(await db.sentence.count({ where: { textId } })).toBe(text.sentenceCount);
    // Whatever the cleaner keeps is a piece of the input: nothing was rewritten into markup.
    const stored = await storedSentences(textId);
    for (const fragment of stored.split(/\s+/).filter(Boolean)) expect(content.normalize("NFC")).toContain(fragment);
    const view = await getReadingView(learner, textId);
    expect(JSON.stringify(view)).not.toContain("<script>window.__pwned = 1</script>".replace(/</g, "&lt;"));
  });

  it("refuses a 2 MB single line with a clear message", async () => {
    const learner = await makeUser();
    const content = "Der Hund schläft im Garten und ".repeat(70_000);
    expect(content.includes("\n")).toBe(false);
    const error = await expectAppError(importText(learner, { content }), "INVALID_INPUT");
    expect(error.fieldErrors?.content?.join(" ")).toMatch(/larger than 2 MB/);
  });

  it.each([
    ["invalid UTF-8", new Uint8Array([0x44, 0x65, 0x72, 0x20, 0xfc, 0x62, 0x65, 0x72, 0x20, 0xe4]), /UTF-8/],
    ["a binary file", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /binary/],
  ])("refuses an upload of %s before a job exists", async (_name, bytes, message) => {
    const learner = await makeUser();
    const before = await db.importJob.count({ where: { userId: learner.id } });
    const error = await expectAppError(
      startImportJob(learner, { mode: "upload", file: { name: "text.txt", bytes } }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.file?.join(" ")).toMatch(message);
    expect(await db.importJob.count({ where: { userId: learner.id } })).toBe(before);
  });
});

describe("oversized, missing and wrong-typed fields", () => {
  it.each<[string, unknown]>([
    ["missing everything", {}],
    ["rating of the wrong type", { cardId: "c1", clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: 3 }],
    ["unknown rating", { cardId: "c1", clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: "perfect" }],
    ["clientId not a UUID", { cardId: "c1", clientId: '\'; DROP TABLE "Card"; --', rating: "good" }],
    [
      "oversized card id",
      { cardId: "x".repeat(1_000), clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: "good" },
    ],
    [
      "negative duration",
      { cardId: "c1", clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: "good", durationMs: -5 },
    ],
    [
      "duration as a string",
      { cardId: "c1", clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: "good", durationMs: "999" },
    ],
  ])("review answer: %s → 400 from POST /api/review/answer, nothing written", async (_name, input) => {
    const learner = await makeUser();
    session.actor = { ...learner, name: "L", email: "l@example.test" };
    const response = await postAnswer(
      new Request("http://127.0.0.1/api/review/answer", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      }),
      { params: Promise.resolve({}) },
    );
    session.actor = null;
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues?: unknown[] }).issues?.length).toBeGreaterThan(0);
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("an oversized title and a non-string content are refused", async () => {
    const learner = await makeUser();
    await expectAppError(importText(learner, { content: GERMAN, title: "T".repeat(201) }), "INVALID_INPUT");
    await expectAppError(importText(learner, { content: 42 } as never), "INVALID_INPUT");
  });

  it.each<[string, unknown]>([
    ["missing password", {}],
    ["password of the wrong type", { password: ["a"] }],
    ["oversized password", { password: "p".repeat(10_000) }],
  ])("account deletion: %s → INVALID_INPUT from deleteAccountAction, account kept", async (_name, input) => {
    const learner = await makeUser();
    session.actor = { ...learner, name: "L", email: "l@example.test" };
    const answer = await deleteAccountAction(input);
    session.actor = null;
    expect(answer).toMatchObject({ status: "error", code: "INVALID_INPUT" });
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);
  });
});

describe("other users' ids and forged roles", () => {
  it("another learner's card and private text are NOT_FOUND, and nothing changes", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const card = await makeCard(owner);
    await expectAppError(
      answerReview(intruder, { cardId: card.id, clientId: newClientId(), rating: "easy" }),
      "NOT_FOUND",
    );
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
    const { textId } = await importText(owner, { content: GERMAN });
    await expectAppError(getReadingView(intruder, textId), "NOT_FOUND");
    const exported = await exportUserData(intruder);
    expect(JSON.stringify(exported)).not.toContain(card.id);
    expect(JSON.stringify(exported)).not.toContain(textId);
  });

  it("a learner calling a teacher action is refused", async () => {
    const learner = await makeUser("LEARNER");
    const before = await db.class.count();
    await expectAppError(createClass(learner, { name: "Fake class" }), "NOT_FOUND");
    expect(await db.class.count()).toBe(before);
  });

  it("a session token signed with another secret is rejected", async () => {
    const secret = "the-real-secret-0123456789abcdef";
    const forged = await encode({
      token: { uid: "someone", role: "TEACHER", email: "x@example.test" },
      secret: "an-attackers-secret-0123456789",
    });
    await expect(decode({ token: forged, secret }).catch(() => null)).resolves.toBeNull();
    // A token made with the right secret is what the app accepts (control).
    const genuine = await encode({ token: { uid: "someone", role: "LEARNER" }, secret });
    await expect(decode({ token: genuine, secret })).resolves.toMatchObject({ uid: "someone", role: "LEARNER" });
    // Tampering with the encrypted token breaks it.
    const tampered = `${genuine.slice(0, -6)}AAAAAA`;
    await expect(decode({ token: tampered, secret }).catch(() => null)).resolves.toBeNull();
  });

  it("the wrong password never deletes an account", async () => {
    const learner = await makeUser();
    await expectAppError(deleteAccount(learner, { password: `${TEST_PASSWORD}x` }), "INVALID_INPUT");
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);
  });
});

describe("assert-same-origin", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/api/review/answer", {
      method: "POST",
      headers: { host: "127.0.0.1:3000", ...headers },
    });
  it.each<[string, Record<string, string>, boolean]>([
    ["same-origin fetch", { origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }, true],
    ["script without browser headers", {}, true],
    ["cross-site form post", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, false],
    ["same-site subdomain", { origin: "http://a.127.0.0.1:3000", "sec-fetch-site": "same-site" }, false],
    ["foreign Origin without Sec-Fetch-Site", { origin: "https://evil.example" }, false],
    ["opaque Origin (sandboxed iframe)", { origin: "null" }, false],
    ["malformed Origin", { origin: "::::" }, false],
  ])("%s → allowed %s", (_name, headers, allowed) => {
    expect(checkSameOrigin(request(headers)).ok).toBe(allowed);
  });
});

describe("database errors are recognised as unavailability", () => {
  it.each<[string, unknown, boolean]>([
    ["ECONNREFUSED", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), true],
    ["terminated connection", new Error("Connection terminated unexpectedly"), true],
    ["Prisma P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" }), true],
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" }), false],
    ["a plain bug", new TypeError("x is undefined"), false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
