// The sign-in rate limit lives in the database, so it holds across app
// instances: failures counted by one process lock the account in another.
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { createUser } from "@/lib/server/data/create-user";
import { verifyCredentials, SIGN_IN_LIMIT } from "@/lib/server/data/verify-credentials";
import { AppError } from "@/lib/server/errors";
import { uniqueEmail } from "../../helpers/factories";

const WORKER = path.join(import.meta.dirname, "sign-in-worker.ts");

function signInElsewhere(email: string, password: string, clientKey: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", WORKER, email, password, clientKey],
      {
        env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", () => {
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        resolve((JSON.parse(line) as { outcome: string }).outcome);
      } catch {
        reject(new Error(`worker failed: ${out}\n${err}`));
      }
    });
  });
}

describe("sign-in rate limit across instances", () => {
  it("failures in this instance lock the account in another, and the other way round", async () => {
    const email = uniqueEmail();
    await createUser({ name: "Multi", email, password: "the-right-password", role: "LEARNER" });
    expect(await signInElsewhere(email, "the-right-password", "b")).toBe("signed-in");
    for (let i = 0; i < SIGN_IN_LIMIT.perEmail - 1; i++) {
      expect(await verifyCredentials({ email, password: `wrong-${i}` }, `a-${i}`)).toBeNull();
    }
    // The last allowed failure happens in the other instance…
    expect(await signInElsewhere(email, "wrong-last", "b")).toBe("rejected");
    // …and now both instances refuse even the right password.
    expect(await signInElsewhere(email, "the-right-password", "c")).toBe("RATE_LIMITED");
    const error = await verifyCredentials({ email, password: "the-right-password" }, "d").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
  }, 120_000);
});
