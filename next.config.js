// @ts-check

// Content-Security-Policy. Scripts: 'self' plus 'unsafe-inline', deliberately.
// The App Router streams every page's React Server Components payload as
// inline <script>self.__next_f.push(…)</script> tags and bootstraps with
// inline scripts too; without 'unsafe-inline' they need a per-request nonce,
// which Next.js only applies when a proxy (middleware) sets one on every
// request AND every page renders dynamically (static pages such as /signin
// would ship without nonces and stop working). We do not run a proxy, so the
// nonce route is closed; what keeps injected markup from running is that no
// user text reaches the DOM as HTML (React escapes it; tests/e2e/hostile.test.ts
// imports <script> and <img onerror> and checks nothing executes). Everything
// else is locked to this origin: no foreign scripts, frames, forms or fetches.
// 'unsafe-eval' only in development (React's dev tooling needs it).
const isDev = process.env.NODE_ENV === "development";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // WASM/native packages stay outside the bundle and load from node_modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "sql.js",
    "@open-spaced-repetition/binding",
    "linkedom",
  ],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // `next build` checks the app; `npm run typecheck` checks everything (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  typedRoutes: false,
};

module.exports = nextConfig;
