// Embedded PostgreSQL: PGlite (Postgres compiled to WASM) served over the
// Postgres wire protocol on loopback, so the app, the Prisma CLI and the tests
// all just see a DATABASE_URL. Only the process that calls this may open the
// data folder (PGlite is single-process).
import fs from "node:fs";
import type { PGlite as PGliteInstance } from "@electric-sql/pglite";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_APPLICATION_NAME } from "./embedded-marker";

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
  keepExtendedQueryBatchesTogether(server);
  await server.start();
  // The application name marks the database as embedded for lib/server/db.ts (no named statements).
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
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

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

interface QueryQueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGliteInstance;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
}

const SYNC = 0x53; // 'S': ends an extended-query batch
const SIMPLE_QUERY = 0x51; // 'Q'
const EXTENDED = new Set([0x50, 0x42, 0x45, 0x44, 0x43, 0x48]); // Parse, Bind, Execute, Describe, Close, Flush

/**
 * pglite-socket 0.2 serialises protocol messages from all connections through
 * one queue, but outside a transaction it may interleave the Parse/Bind/
 * Execute/Sync messages of two connections, which share PGlite's unnamed
 * statement and portal — concurrent queries then fail with
 * `portal "" does not exist`. We replace its queue loop with one that, once a
 * connection has started an extended-query batch (or a transaction), serves
 * only that connection until the batch ends with Sync (and the transaction
 * ends). The loop also recovers from a failed message instead of stalling.
 */
function keepExtendedQueryBatchesTogether(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: QueryQueueInternals }).queryQueue;
  let batchOwner: number | null = null;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (batchOwner === handlerId) batchOwner = null;
    clear(handlerId);
    // A departed owner must not leave the others waiting.
    void queue.processQueue();
  };
  queue.processQueue = async function processQueue(this: QueryQueueInternals) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = batchOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item: QueuedMessage | undefined;
        if (owner !== null) {
          const index = this.queue.findIndex((q) => q.handlerId === owner);
          if (index === -1) break; // wait for the owner's next message
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const type = item.message[0];
        if (type !== undefined && EXTENDED.has(type)) batchOwner = item.handlerId;
        else if (type === SYNC || type === SIMPLE_QUERY) batchOwner = null;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          this.lastHandlerId = item.handlerId;
          item.resolve(bytes);
        } catch (error) {
          this.lastHandlerId = item.handlerId;
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  };
}
