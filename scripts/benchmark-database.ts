// What the database benchmarks share: an in-memory PGlite with the schema
// migrated, and the percentile of sorted timings.
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/server/embedded-postgres";
import { ensureMigrated } from "../lib/server/migrations";

/** The value at `fraction` (0–1) of ascending `sorted` timings. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/**
 * Runs `work` against a fresh in-memory database. DATABASE_URL is set before
 * `work` starts: the data layer reads it on first use, so import
 * lib/server/db and the data functions inside `work`.
 */
export async function withEmbeddedDatabase<T>(work: () => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedPostgres("memory://");
  try {
    await ensureMigrated(embedded.url);
    process.env.DATABASE_URL = embedded.url;
    return await work();
  } finally {
    await embedded.stop();
  }
}

/**
 * Runs `work` against a fresh database on the PostgreSQL that production uses when one answers
 * (BENCH_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/postgres; the database is
 * created for the run and dropped after it), and against an in-memory PGlite otherwise. The
 * embedded database runs inside the measured process (its queries cost that process's CPU),
 * PostgreSQL in its own. Returns what `work` returns; `label` says which database it was.
 */
export async function withProductionDatabase<T>(work: (label: string) => Promise<T>): Promise<T> {
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  const isReachable = await admin.connect().then(
    () => true,
    () => false,
  );
  if (!isReachable) return withEmbeddedDatabase(() => work("embedded PGlite (no PostgreSQL answered)"));
  const name = `lesefluss_bench_${crypto.randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await ensureMigrated(url.toString());
    process.env.DATABASE_URL = url.toString();
    return await work(`PostgreSQL (${url.host})`);
  } finally {
    const { closeDatabase } = await import("../lib/server/db");
    await closeDatabase().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
