// Runs before every page request: refuses server-action calls whose body Next.js
// could not decode (4xx instead of its 500), and gives the response its own CSP
// nonce (see lib/server/http/content-security-policy.ts). API routes, static
// files and prefetches are not pages and skip it (public/ icons and manifest too); their headers come from next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageContentSecurityPolicy } from "@/lib/server/http/content-security-policy";
import { checkServerActionRequest } from "@/lib/server/http/check-server-action-request";
import { isDevelopment } from "@/lib/env";

export async function proxy(request: NextRequest) {
  const refused = await checkServerActionRequest(request);
  if (refused) return refused;
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { isDev: isDevelopment() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js takes the nonce for its own scripts from the request's policy.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source:
        "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|icon.svg|icons/|apple-touch-icon.png|manifest.webmanifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
