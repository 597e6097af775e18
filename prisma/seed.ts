// Seeds an installation: the shared texts every library starts with, and in
// demo mode the demo accounts, class and their six weeks of history.
// Idempotent; `--if-empty` (used by the launcher on each start) creates demo
// accounts only when there are no users.
import { db } from "@/lib/server/db";
import { seedDemoAccounts } from "@/lib/server/data/seed-demo-accounts";
import { seedDemoStory } from "@/lib/server/data/seed-demo-story";
import { ensureSeedTexts } from "@/lib/server/data/ensure-seed-texts";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const isDemo = process.env.LESEFLUSS_DEMO === "1" || process.env.LESEFLUSS_DEMO === "true";
  const seedText = await ensureSeedTexts();
  if (seedText.created) console.log("[lesefluss] seed article imported into the shared library");
  if (isDemo && (!ifEmpty || (await db.user.count()) === 0)) {
    const demo = await seedDemoAccounts();
    console.log(`[lesefluss] demo accounts: ${demo.learnerEmail}, ${demo.teacherEmail} (password ${demo.password})`);
    const story = await seedDemoStory(demo);
    if (story.created) {
      console.log(
        `[lesefluss] demo history: six weeks, ${story.reviews} reviews, built in ${(story.ms / 1000).toFixed(1)} s`,
      );
    }
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("seeding failed:", error);
    await db.$disconnect();
    process.exit(1);
  });
