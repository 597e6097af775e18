// CSRF guard for JSON route handlers. Server actions get Next.js' own Origin
// check and next-auth its CSRF token; a route handler that changes state calls
// this first. Browsers send Sec-Fetch-Site on every request (and Origin on
// every POST/PUT/PATCH/DELETE), so a cross-site form or fetch is refused.
// Non-browser clients (scripts, the load test) send neither and are allowed:
// they cannot ride on a victim's cookies.
import "server-only";

export type OriginCheck = { ok: true } | { ok: false; reason: string };

function hostOf(request: Request): string | null {
  // Behind a proxy the public host arrives in X-Forwarded-Host.
  const forwarded = request.headers.get("x-forwarded-host");
  if (forwarded) return forwarded.split(",")[0]!.trim().toLowerCase();
  const host = request.headers.get("host");
  if (host) return host.toLowerCase();
  try {
    return new URL(request.url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Decides whether a state-changing request comes from this site. */
export function checkSameOrigin(request: Request): OriginCheck {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  }
  const origin = request.headers.get("origin");
  if (origin === null) {
    // Browsers always send Origin on non-GET fetches; without it, rely on Sec-Fetch-Site above.
    return { ok: true };
  }
  if (origin === "null") return { ok: false, reason: "opaque Origin" };
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return { ok: false, reason: "malformed Origin" };
  }
  const host = hostOf(request);
  if (!host || originHost !== host) return { ok: false, reason: `Origin ${origin} is not this site` };
  return { ok: true };
}

/**
 * Returns a 403 response for a cross-site request, or null when the request
 * may proceed.
 * @example const refused = assertSameOrigin(request); if (refused) return refused;
 */
export function assertSameOrigin(request: Request): Response | null {
  const check = checkSameOrigin(request);
  if (check.ok) return null;
  return Response.json({ error: "This request came from another site and was refused." }, { status: 403 });
}
