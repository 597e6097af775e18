import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";
import { databaseUrl } from "@/lib/env";

// One client per server process, cached on globalThis so dev reloads reuse it.
// Created on first use: `next build` imports this module without a database.
const globalForDb = globalThis as unknown as { lesefluss_db?: Db };

function getClient(): Db {
  if (!globalForDb.lesefluss_db) {
    const url = databaseUrl();
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start` (embedded database) or set DATABASE_URL.",
      );
    }
    globalForDb.lesefluss_db = createPrismaClient(url);
  }
  return globalForDb.lesefluss_db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
