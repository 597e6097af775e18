// The embedded database's connections carry this application name (lib/server/embedded-postgres.ts):
// its socket server runs them all in one PGlite session, which lib/server/db.ts must know.
export const EMBEDDED_APPLICATION_NAME = "lesefluss-embedded";
