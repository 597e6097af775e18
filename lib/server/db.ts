import "server-only";
import crypto from "node:crypto";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "./prisma-client";
import { databaseUrl } from "@/lib/env";
import { EMBEDDED_APPLICATION_NAME } from "./embedded-marker";

// One pool and one client per server process, cached on globalThis so dev reloads reuse them.
// Created on first use: `next build` imports this module without a database.
const globalForDb = globalThis as unknown as { lesefluss_db?: Db; lesefluss_pool?: pg.Pool };

const POOL_MAX = 10;
const POOL_MIN = 4;

function getPool(): pg.Pool {
  if (!globalForDb.lesefluss_pool) {
    const url = databaseUrl();
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start` (embedded database) or set DATABASE_URL.",
      );
    }
    // `min` connections stay open when idle: a burst after a quiet spell (the first requests of a
    // class, or of a load test) would otherwise wait for new connections to be set up, one
    // PostgreSQL backend each (≈ 0.3 s for the answers of a 50-learner burst, measured).
    // allowExitOnIdle: the standing connections do not keep a finished script (the seed) alive.
    const pool = new pg.Pool({ connectionString: url, max: POOL_MAX, min: POOL_MIN, allowExitOnIdle: true });
    // An idle connection the database ends (restart, failover, a dropped database) is an event on the
    // pool; unheard, it would end the process. The pool replaces the connection on the next query.
    pool.on("error", (error) => console.error("database connection lost", error.message));
    globalForDb.lesefluss_pool = pool;
  }
  return globalForDb.lesefluss_pool;
}

/** Opens the pool's standing connections ahead of the first requests (server start-up). */
export async function warmDatabasePool(): Promise<void> {
  const pool = getPool();
  await Promise.all(Array.from({ length: POOL_MIN }, () => pool.query("SELECT 1")));
}

/** Ends the pool's connections (scripts that drop their database afterwards). */
export async function closeDatabase(): Promise<void> {
  const pool = globalForDb.lesefluss_pool;
  globalForDb.lesefluss_pool = undefined;
  globalForDb.lesefluss_db = undefined;
  await pool?.end();
}

function getClient(): Db {
  globalForDb.lesefluss_db ??= createPrismaClient(databaseUrl() ?? "", { pool: getPool() });
  return globalForDb.lesefluss_db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

// Prisma keeps DateTime in `timestamp(3)` columns as UTC wall time: read them as UTC whatever
// the process's time zone, and send Dates as UTC (pg would send local time).
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const readTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toParameter);
  return value;
}

// Named statements are prepared once per connection and keep their plan there: PostgreSQL then
// skips parsing and, after a few runs, planning — for the reader's statements the planning took
// longer than the execution (0.65 ms against 0.45 ms, EXPLAIN ANALYZE). Not on the embedded
// database: its socket server runs every connection in one PGlite session, where a second
// connection preparing the same name would fail.
let namesStatements: boolean | undefined;
function isNamingStatements(): boolean {
  namesStatements ??= !(databaseUrl() ?? "").includes(`application_name=${EMBEDDED_APPLICATION_NAME}`);
  return namesStatements;
}

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `lf_${crypto.createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    // Statements are templates (values are parameters), so this stays small; the bound is a guard.
    if (statementNames.size < 1000) statementNames.set(text, name);
  }
  return name;
}

/**
 * A raw statement for the hottest paths (every request's session check, review answers, the
 * reader), run straight on the pool Prisma's adapter uses: `$queryRaw` costs a query-plan
 * compilation per call, several times the statement itself. Same template syntax and
 * fragments (Prisma.sql, Prisma.join); timestamps read as Dates, bigints as numbers.
 * Database errors are pg's (`code` is the SQLSTATE, e.g. "23505").
 *
 * @example const [user] = await sql<{ role: string }>`SELECT "role" FROM "User" WHERE "id" = ${id}`;
 */
export async function sql<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  const statement = Prisma.sql(strings, ...values);
  const result = await getPool().query({
    ...(isNamingStatements() ? { name: statementName(statement.text) } : {}),
    text: statement.text,
    values: statement.values.map(toParameter),
    types: readTypes,
  });
  return result.rows as T[];
}
