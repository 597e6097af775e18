// Seeds an installation: demo accounts and class (demo mode only) and the
// texts every library starts with. `--if-empty` (used by the launcher on each
// start) does nothing when users already exist.
import { db } from "@/lib/server/db";
import { seedDemoAccounts } from "@/lib/server/data/seed-demo-accounts";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const isDemo = process.env.LESEFLUSS_DEMO === "1" || process.env.LESEFLUSS_DEMO === "true";
  if (ifEmpty && (await db.user.count()) > 0) return;
  if (isDemo) {
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
