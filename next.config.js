// @ts-check

// Content-Security-Policy. Pages get theirs from proxy.ts, with a fresh nonce
// per request and no 'unsafe-inline' scripts (lib/server/http/content-security-policy.ts).
// Everything else that is served (API routes answer JSON or files) gets a
// policy that allows nothing at all.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
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
    // PDF.js loads its worker module by path at run time (lib/core/import/formats/pdf.ts).
    "pdfjs-dist",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
  // `next build` checks the app; `npm run typecheck` checks everything (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  typedRoutes: false,
};

module.exports = nextConfig;
