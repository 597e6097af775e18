// Recognises "the database is unreachable right now" (connection refused,
// reset or closed mid-query, pool timeout) so handlers answer 503 with
// Retry-After instead of a generic 500; the pg pool reconnects by itself once
// the database is back.
import "server-only";

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P03",
  "08006",
  "08001",
  "08003",
]);
const MESSAGES = [
  /connection terminated/i,
  /connection (?:was )?closed/i,
  /server closed the connection/i,
  /can't reach database/i,
  /timeout exceeded when trying to connect/i,
  /DatabaseNotReachable/i,
  /ConnectionClosed/i,
  /ECONNREFUSED|ECONNRESET/,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || NODE_CODES.has(e.code))) return true;
  if (typeof e.message === "string" && MESSAGES.some((re) => re.test(e.message as string))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta, depth + 1);
}

/** 503 for an unreachable database, else 500; both logged, both generic to the client. */
export function internalErrorResponse(error: unknown, what: string): Response {
  if (isDatabaseUnavailable(error)) {
    console.error(`${what}: database unavailable`, error);
    return Response.json(
      { error: "The database is not reachable right now. Please try again in a moment." },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  console.error(`${what} failed`, error);
  return Response.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
}
