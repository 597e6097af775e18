import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import type { SignUpInput } from "@/lib/validation/auth";
import { Prisma } from "@/generated/prisma/client";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "TEACHER";
}

/** Signs a new user up (input parsed by signUpSchema: email lower-cased, password strength checked). Throws CONFLICT. */
export async function createUser({ name, email, password, role }: SignUpInput): Promise<CreatedUser> {
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
