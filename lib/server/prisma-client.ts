// Builds a Prisma client on the pg driver adapter. lib/server/db.ts holds the
// app's single instance; scripts and tests create their own through this.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = ReturnType<typeof createPrismaClient>;

export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  // Secrets never leave the data layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}
