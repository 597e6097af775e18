/**
 * CLI: `npm run bench -- demo-story` – how long the demo story (six weeks of
 * history for five learners, built by the data functions) takes on a fresh
 * in-memory PGlite, as on the first `npm start` in demo mode. The seed
 * article's import is timed apart: a fresh install pays it anyway.
 */
import { withEmbeddedDatabase } from "./benchmark-database";

// It runs once per install, on the first start (and in CI's production start).
const BUDGET_MS = 15_000;

const cpuMs = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1000);

async function main() {
  await withEmbeddedDatabase(async () => {
    const { db } = await import("../lib/server/db");
    const { getLexicon } = await import("../lib/server/lexicon");
    const { ensureSeedTexts } = await import("../lib/server/data/ensure-seed-texts");
    const { seedDemoAccounts } = await import("../lib/server/data/seed-demo-accounts");
    const { seedDemoStory } = await import("../lib/server/data/seed-demo-story");
    getLexicon();
    const seedStart = performance.now();
    const seedCpu = process.cpuUsage();
    await ensureSeedTexts();
    const seedMs = performance.now() - seedStart;
    const seedCpuMs = cpuMs(process.cpuUsage(seedCpu));
    const accountsStart = performance.now();
    const demo = await seedDemoAccounts();
    const accountsMs = performance.now() - accountsStart;
    // CPU time too: PGlite runs in this process, so it counts the database's work, and unlike the
    // wall-clock time it hardly changes when other processes share the machine.
    const storyCpu = process.cpuUsage();
    const story = await seedDemoStory(demo);
    const storyCpuMs = cpuMs(process.cpuUsage(storyCpu));
    const [reviews, cards, statuses, reading] = await Promise.all([
      db.reviewLog.count(),
      db.card.count(),
      db.wordStatus.count(),
      db.readingEvent.count(),
    ]);
    console.log(
      `seed article import: ${seedMs.toFixed(0)} ms (CPU ${seedCpuMs} ms); demo accounts (6 password hashes): ${accountsMs.toFixed(0)} ms`,
    );
    console.log(
      `demo story: ${story.ms} ms, CPU ${storyCpuMs} ms (budget ≤ ${BUDGET_MS} ms) for ${reviews} reviews, ${cards} cards, ${statuses} word statuses, ${reading} reading events`,
    );
    await db.$disconnect();
    if (story.ms > BUDGET_MS) process.exitCode = 1;
  });
}

void main();
