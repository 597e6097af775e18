import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { Prisma } from "@/generated/prisma/client";
import type { CreateClassInput } from "@/lib/validation/teach";

// No 0/O, 1/I/L: codes are read aloud and copied from a whiteboard.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

function generateJoinCode(): string {
  const bytes = crypto.randomBytes(8);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** A teacher creates a class with a fresh join code. Learners get NOT_FOUND (there is no teacher area for them). */
export async function createClass(actor: Actor, input: CreateClassInput) {
  if (actor.role !== "TEACHER") throw notFoundError("The teacher area");
  const { name } = input;
  // 31^8 codes make a clash unlikely; retry the rare one instead of failing.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.class.create({
        data: { name, teacherId: actor.id, joinCode: generateJoinCode() },
        select: { id: true, name: true, joinCode: true },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw new AppError("CONFLICT", "Could not create a unique join code. Please try again.");
}
