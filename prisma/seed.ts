// Seeds an installation: the shared texts every library starts with, and in
// demo mode the demo accounts and class. Idempotent; `--if-empty` (used by the
// launcher on each start) creates demo accounts only when there are no users.
import { db } from "@/lib/server/db";
import { seedDemoAccounts } from "@/lib/server/data/seed-demo-accounts";
import { ensureSeedTexts } from "@/lib/server/data/ensure-seed-texts";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const isDemo = process.env.LESEFLUSS_DEMO === "1" || process.env.LESEFLUSS_DEMO === "true";
  const seedText = await ensureSeedTexts();
  if (seedText.created) console.log("[lesefluss] seed article imported into the shared library");
  if (isDemo && (!ifEmpty || (await db.user.count()) === 0)) {
    const demo = await seedDemoAccounts();
    console.log(`[lesefluss] demo accounts: ${demo.learnerEmail}, ${demo.teacherEmail} (password ${demo.password})`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("seeding failed:", error);
    await db.$disconnect();
    process.exit(1);
  });
