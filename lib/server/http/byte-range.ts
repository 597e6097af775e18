import "server-only";

/**
 * The one range of a `Range: bytes=…` header within a file of `size` bytes
 * ("a-b", "a-", "-n"); null when there is no header, "invalid" when the range
 * cannot be served (416). Several ranges are not served (browsers ask for one).
 */
export function parseByteRange(header: string | null, size: number): { start: number; end: number } | null | "invalid" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return "invalid";
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "invalid";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || end < start) return "invalid";
  return { start, end };
}
