// Embedded PostgreSQL: PGlite (Postgres compiled to WASM) served over the
// Postgres wire protocol on loopback, so the app, the Prisma CLI and the tests
// all just see a DATABASE_URL. Only the process that calls this may open the
// data folder (PGlite is single-process).
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (or in memory with "memory://") and serves it on
 * a free loopback port.
 * @example const pg = await startEmbeddedPostgres(".data/pglite"); process.env.DATABASE_URL = pg.url;
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 200 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
