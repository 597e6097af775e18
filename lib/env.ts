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
