// What the database benchmarks share: an in-memory PGlite with the schema
// migrated, and the percentile of sorted timings.
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
