// Where to go after signing in or up. A link may carry any callbackUrl, so only
// paths on this site are followed: anything else would make our sign-in page an
// open redirect that sends a freshly signed-in user to someone else's site.

const BASE = "http://same-origin.invalid";

/**
 * The path itself if it is a same-origin relative path (one leading "/", not
 * "//" or "/\" which browsers read as another host, no control characters
 * that URL parsing drops), else `fallback`.
 *
 * @example
 * sameOriginPath("/join/K7QX-M2PA"); // "/join/K7QX-M2PA"
 * sameOriginPath("//evil.example/x"); // "/library"
 * sameOriginPath("https://evil.example"); // "/library"
 */
export function sameOriginPath(value: unknown, fallback = "/library"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** The join code of a `/join/CODE` path, or null for any other path. */
export function joinCodeOfPath(path: string): string | null {
  const match = /^\/join\/([^/?#]+)$/.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
