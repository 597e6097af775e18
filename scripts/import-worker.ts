// The import worker: claims import jobs from the database and runs them
// (analysis and saving), so a book or a 2 MB paste never runs on the web
// server's event loop. Started by scripts/launch.ts next to Next.js; run more
// of them (on any machine that reaches the database) to import more at once.
// Run: tsx --conditions=react-server scripts/import-worker.ts (DATABASE_URL set)
import { getLexicon } from "../lib/server/lexicon";
import { runImportWorker } from "../lib/server/jobs/import-queue";

async function main() {
  const controller = new AbortController();
  // Between jobs: a job cut short by a hard stop is resumed by the next worker.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
  getLexicon();
  console.log("[lesefluss] import worker ready");
  await runImportWorker(controller.signal);
  const { db } = await import("../lib/server/db");
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
