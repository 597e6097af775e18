// Password hashing with argon2id (OWASP parameters: 19 MiB, t=2, p=1).
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the enum is a `const enum`, which isolatedModules cannot inline.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so both paths cost the same.
let dummyHash: Promise<string> | null = null;

/** Constant-work check: an unknown account still pays for one verification. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword("lesefluss-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
