// Applies pending Prisma migrations. The Prisma CLI lingers ~10 s after it is
// done, so a start with nothing pending must not run it: we compare the
// folders in prisma/migrations with the rows of _prisma_migrations first.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { childProcessEnv } from "@/lib/env";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Names of the migration folders shipped with the code, in order. */
export function listMigrationNames(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Names of the migrations recorded as finished in the database. */
export async function listAppliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!table.rows[0]?.exists) return [];
    const rows = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return rows.rows.map((r) => r.migration_name);
  } finally {
    await client.end();
  }
}

export async function findPendingMigrations(databaseUrl: string): Promise<string[]> {
  const applied = new Set(await listAppliedMigrations(databaseUrl));
  return listMigrationNames().filter((name) => !applied.has(name));
}

/** Runs `prisma migrate deploy` as a child process (never synchronously: the
 * PGlite socket server may live in this very process). */
export function runMigrateDeploy(databaseUrl: string): Promise<void> {
  const bin = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "migrate", "deploy"], {
      env: childProcessEnv({ DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`));
    });
  });
}

/** Applies whatever is pending; returns the names applied. */
export async function ensureMigrated(databaseUrl: string): Promise<string[]> {
  const pending = await findPendingMigrations(databaseUrl);
  if (pending.length > 0) await runMigrateDeploy(databaseUrl);
  return pending;
}
