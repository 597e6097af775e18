// Where to send someone after signing in (?callbackUrl=…): only a path on this
// site. Browsers read "/\evil.example", "/\t/evil.example" (tabs and newlines
// are dropped from URLs) and "//evil.example" as another host, and a path that
// is percent-decoded once more on its way (by a proxy, or next-auth's own
// cookie) must not turn into one either; anything doubtful falls back.

const DEFAULT_CALLBACK = "/library";
const SAFE_BASE = "http://callback.invalid";
// Two slashes or backslashes at the start, with anything a browser strips between or before them.
const NETWORK_PATH = /^[\s\x00-\x1f\x7f]*[/\\][\s\x00-\x1f\x7f]*[/\\]/;

/**
 * The same-site path to go to, else `fallback`.
 * @example safeCallbackUrl("/join/K7QX-M2PA-9RTW") // "/join/K7QX-M2PA-9RTW"
 * @example safeCallbackUrl("/\\evil.example/") // "/library"
 */
export function safeCallbackUrl(value: unknown, fallback = DEFAULT_CALLBACK): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  // Raw: a plain path, with nothing a browser would strip or read as a slash.
  if (!value.startsWith("/") || /[\s\x00-\x1f\x7f\\]/.test(value)) return fallback;
  let decoded = value;
  for (let round = 0; round < 3; round++) {
    if (NETWORK_PATH.test(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (NETWORK_PATH.test(decoded)) return fallback;
  const url = new URL(value, SAFE_BASE);
  if (url.origin !== SAFE_BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
