// Server environment, parsed once. The launcher (scripts/launch.ts) sets
// DATABASE_URL for the embedded database and NEXTAUTH_SECRET for demo installs.
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true"));

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The public URL; https makes session cookies Secure. */
  NEXTAUTH_URL: z.string().url().optional(),
  /** Demo mode shows the demo accounts on the sign-in page. */
  LESEFLUSS_DEMO: booleanFlag,
  /** Optional LibreTranslate-compatible endpoint for sentence translations. */
  TRANSLATE_URL: z.string().url().optional(),
  TRANSLATE_API_KEY: z.string().optional(),
  /** The translation service is the operator's own (e.g. http://127.0.0.1:5000): skip the outbound-address guard for it. */
  TRANSLATE_TRUSTED: booleanFlag,
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For.
   * Unset (or 0): the header is ignored and the socket's address is the client's,
   * because any client can write that header.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
  /** `external`: a worker process runs import jobs (set by the launcher). */
  LESEFLUSS_IMPORT_WORKER: z.enum(["external"]).optional().catch(undefined),
  /** Tests only: URL import may fetch plain 127.0.0.1. */
  LESEFLUSS_ALLOW_PRIVATE_FETCH: booleanFlag,
  /** The project folder holding data/ (found from the working directory when unset). */
  LESEFLUSS_ROOT: z.string().min(1).optional(),
  /** Where the lexicon index is cached (default .cache/lexicon under the project). */
  LESEFLUSS_CACHE_DIR: z.string().min(1).optional(),
  /** Folder for the embedded database, the generated secret and uploaded audio (never served as is). */
  LESEFLUSS_DATA_DIR: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

export const isDemoMode = env.LESEFLUSS_DEMO ?? false;

// Read at call time (tests and the e2e launcher set them per process); the
// same schema as above validates them, and a bad value counts as unset.

/** TRANSLATE_TRUSTED: the translation service may be on a private address. */
export function isTranslationServiceTrusted(source: NodeJS.ProcessEnv = process.env): boolean {
  return envSchema.shape.TRANSLATE_TRUSTED.safeParse(source.TRANSLATE_TRUSTED).data ?? false;
}

/**
 * DATABASE_URL at call time: the launcher and the test setup set it after
 * this module may have been imported (`next build` imports it with none).
 */
export function databaseUrl(source: NodeJS.ProcessEnv = process.env): string | undefined {
  return envSchema.shape.DATABASE_URL.safeParse(source.DATABASE_URL).data;
}

/** The translation service (TRANSLATE_URL, TRANSLATE_API_KEY), or null when none is configured. */
export function translationService(source: NodeJS.ProcessEnv = process.env): { url: string; apiKey: string } | null {
  const url = envSchema.shape.TRANSLATE_URL.safeParse(source.TRANSLATE_URL).data;
  return url ? { url, apiKey: envSchema.shape.TRANSLATE_API_KEY.safeParse(source.TRANSLATE_API_KEY).data ?? "" } : null;
}

/** LESEFLUSS_IMPORT_WORKER=external: a worker process runs import jobs. */
export function hasExternalImportWorkerFlag(source: NodeJS.ProcessEnv = process.env): boolean {
  return envSchema.shape.LESEFLUSS_IMPORT_WORKER.safeParse(source.LESEFLUSS_IMPORT_WORKER).data === "external";
}

/** LESEFLUSS_ALLOW_PRIVATE_FETCH=1 (tests only). */
export function isPrivateFetchAllowed(source: NodeJS.ProcessEnv = process.env): boolean {
  return envSchema.shape.LESEFLUSS_ALLOW_PRIVATE_FETCH.safeParse(source.LESEFLUSS_ALLOW_PRIVATE_FETCH).data ?? false;
}

/** Where the lexicon's data and cache are (LESEFLUSS_ROOT, LESEFLUSS_CACHE_DIR); unset parts use the defaults. */
export function lexiconLocation(source: NodeJS.ProcessEnv = process.env): { root?: string; cacheDir?: string } {
  return {
    root: envSchema.shape.LESEFLUSS_ROOT.safeParse(source.LESEFLUSS_ROOT).data,
    cacheDir: envSchema.shape.LESEFLUSS_CACHE_DIR.safeParse(source.LESEFLUSS_CACHE_DIR).data,
  };
}

/** NODE_ENV is development (`next dev`). */
export function isDevelopment(source: NodeJS.ProcessEnv = process.env): boolean {
  return source.NODE_ENV === "development";
}

/** The environment for a child process (the Prisma CLI): this process's, with `overrides`. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** TRUST_PROXY: the number of reverse proxies whose X-Forwarded-For entries are believed (0 = none). */
export function trustedProxyHops(source: NodeJS.ProcessEnv = process.env): number {
  return envSchema.shape.TRUST_PROXY.safeParse(source.TRUST_PROXY).data ?? 0;
}

/** LESEFLUSS_DATA_DIR (default .data in the working folder): where uploaded audio files are kept. */
export function dataDirectory(source: NodeJS.ProcessEnv = process.env): string {
  return envSchema.shape.LESEFLUSS_DATA_DIR.safeParse(source.LESEFLUSS_DATA_DIR).data ?? ".data";
}
