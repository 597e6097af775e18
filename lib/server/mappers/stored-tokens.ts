// Sentence.tokens (JSON) → StoredToken[]: the one door from the database's JSON
// column to the core type, checked once per sentence instead of cast at each use.
import type { Prisma } from "@/generated/prisma/client";
import type { StoredToken } from "@/lib/core/import/stored-token";

const TOKEN_KINDS = new Set(["word", "number", "punct", "symbol"]);

function isStoredToken(value: unknown): value is StoredToken {
  if (typeof value !== "object" || value === null) return false;
  const token = value as Record<string, unknown>;
  return (
    typeof token.text === "string" &&
    typeof token.start === "number" &&
    typeof token.end === "number" &&
    typeof token.kind === "string" &&
    TOKEN_KINDS.has(token.kind) &&
    (token.lx === undefined || typeof token.lx === "string")
  );
}

/** The tokens of a stored sentence; a row that is not a token list is a bug in the writer, so it throws. */
export function toStoredTokens(json: Prisma.JsonValue): StoredToken[] {
  if (!Array.isArray(json)) throw new TypeError("Sentence.tokens is not a list of tokens");
  const items: unknown[] = json;
  if (!items.every(isStoredToken)) throw new TypeError("Sentence.tokens holds a value that is not a token");
  return items;
}
