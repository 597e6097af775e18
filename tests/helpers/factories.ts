// Seed helpers for server tests: every test makes its own users, so tests
// never depend on each other's data.
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import type { Actor } from "@/lib/server/actor";

let cachedHash: Promise<string> | null = null;
export const TEST_PASSWORD = "correct-horse-battery";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`;
}

export async function makeUser(
  role: "LEARNER" | "TEACHER" = "LEARNER",
  overrides: { timeZone?: string; dayStartHour?: number; newCardsPerDay?: number; maxReviewsPerDay?: number } = {},
): Promise<Actor & { email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: uniqueEmail(role.toLowerCase()),
      name: `Test ${role}`,
      role,
      passwordHash: await cachedHash,
      ...overrides,
    },
    select: { id: true, role: true, email: true },
  });
  return user;
}
