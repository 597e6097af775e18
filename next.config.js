// @ts-check
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
  // `next build` checks the app; `npm run typecheck` checks everything (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  typedRoutes: false,
};

module.exports = nextConfig;
