import { getLexicon } from "./lexicon";
import { warmDatabasePool } from "./db";
import { lookupEntry } from "@/lib/core/lexicon/index";

/** Opens the database pool's standing connections, then loads the lexicon index and the dictionary entries, ahead of the first request. */
export async function warmUp() {
  await warmDatabasePool().catch((error: unknown) => console.error("database warm-up failed", error));
  const started = Date.now();
  const lexicon = getLexicon();
  lookupEntry(lexicon, "Einladung", "NOUN");
  console.log(`[lesefluss] lexicon ready in ${Date.now() - started} ms`);
}
