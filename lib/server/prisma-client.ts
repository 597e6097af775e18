// Builds a Prisma client on the pg driver adapter. lib/server/db.ts holds the
// app's single instance; scripts and tests create their own through this.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = ReturnType<typeof createPrismaClient>;

/** On `pool` when given (db.ts shares its pool with the raw `sql` runner), else on a pool of its own. */
export function createPrismaClient(databaseUrl: string, options: { poolSize?: number; pool?: pg.Pool } = {}) {
  const adapter = new PrismaPg(options.pool ?? { connectionString: databaseUrl, max: options.poolSize ?? 10 });
  // Secrets never leave the data layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}
