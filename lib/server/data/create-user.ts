import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import { signUpSchema, type SignUpInput } from "@/lib/validation/auth";
import { Prisma } from "@/generated/prisma/client";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "TEACHER";
}

/** Signs a new user up. Throws INVALID_INPUT (with field errors) or CONFLICT. */
export async function createUser(input: SignUpInput): Promise<CreatedUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrors);
  }
  const { name, email, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash, role },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists."],
      });
    }
    throw error;
  }
}
