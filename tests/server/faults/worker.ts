// Child process for the kill tests: opens a PGlite data folder through
// lib/server/embedded-postgres.ts and works through the data layer until the
// test SIGKILLs it. Run with tsx --conditions=react-server.
//   setup  DIR       apply the schema, create a learner with cards; prints "ready <userId>"
//   import DIR USER  import a large text again and again; prints "saving <i> <done>/<total>" and "imported <i>";
//                    the second import runs as a RUNNING ImportJob and pauses mid-save for the kill
//   resume DIR       what a restarted worker does: claim the job whose worker died, run it; prints "resumed <status>"
//   review DIR USER  answer that learner's cards in a loop; prints "answered <clientId>"
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";

const [mode, dir, userId] = process.argv.slice(2);
// The vendored seed article: part of the repository, so a clean clone has it.
const SEED = path.join(process.cwd(), "data", "seed", "seed-article.de.txt");

function say(line: string) {
  // Synchronous: an async pipe write still queued in this process would die with it.
  fs.writeSync(1, `${line}\n`);
}

async function applySchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const root = path.join(process.cwd(), "prisma", "migrations");
  for (const name of fs.readdirSync(root).sort()) {
    const file = path.join(root, name, "migration.sql");
    if (fs.existsSync(file)) await client.query(fs.readFileSync(file, "utf8"));
  }
  await client.end();
}

async function main() {
  if (!mode || !dir) throw new Error("usage: worker.ts setup|import|review DIR [USER]");
  const embedded = await startEmbeddedPostgres(dir);
  process.env.DATABASE_URL = embedded.url;
  const { db } = await import("@/lib/server/db");
  if (mode === "setup") {
    await applySchema(embedded.url);
    const user = await db.user.create({
      data: { email: `fault-${crypto.randomUUID()}@example.test`, name: "Fault", passwordHash: "x", enableFuzz: false },
      select: { id: true },
    });
    for (let i = 0; i < 20; i++) {
      const lexeme = await db.lexeme.create({
        data: { lemma: `fehler-${i}`, pos: "NOUN", gloss: "fault" },
        select: { id: true },
      });
      await db.card.create({
        data: {
          userId: user.id,
          lexemeId: lexeme.id,
          front: `das Wort ${i}`,
          back: "word",
          contextText: "Ein Satz.",
          highlight: [],
          due: new Date(),
        },
      });
    }
    await db.$disconnect();
    await embedded.stop();
    say(`ready ${user.id}`);
    return;
  }
  const actor = { id: userId!, role: "LEARNER" as const };
  if (mode === "import") {
    const { importText } = await import("@/lib/server/data/import-text");
    const base = fs.readFileSync(SEED, "utf8");
    // Large enough that the one transaction takes a while: a kill lands inside it.
    const content = Array.from({ length: 25 }, () => base).join("\n\n");
    for (let i = 1; ; i++) {
      // The second import is a job a worker has claimed, as in production: the kill leaves it RUNNING.
      const job =
        i === 2
          ? await db.importJob.create({
              data: {
                userId: actor.id,
                status: "RUNNING",
                attempts: 1,
                request: { kind: "text", content, title: `Fault import ${i}`, source: "PASTE" },
              },
              select: { id: true },
            })
          : null;
      await importText(
        actor,
        { content, title: `Fault import ${i}` },
        {
          onTextCreated: async (textId) => {
            if (job) await db.importJob.update({ where: { id: job.id }, data: { textId } });
          },
          onProgress: async ({ phase, done, total }) => {
            if (phase !== "saving") return;
            say(`saving ${i} ${done}/${total}`);
            // Sentences already written, the text not yet READY: wait here for the kill.
            if (i === 2 && done > 0 && done < total) {
              say(`paused ${i} ${done}/${total}`);
              await new Promise((r) => setTimeout(r, 30_000));
            }
          },
        },
      );
      say(`imported ${i}`);
    }
  }
  if (mode === "resume") {
    const { claimImportJob, runClaimedImportJob, IMPORT_HEARTBEAT_STALE_MS } =
      await import("@/lib/server/jobs/import-queue");
    // As if the heartbeat had gone stale: the killed worker will never write again.
    const job = await claimImportJob(new Date(Date.now() + IMPORT_HEARTBEAT_STALE_MS + 1_000));
    if (!job) throw new Error("no job to resume");
    await runClaimedImportJob(job);
    const row = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true } });
    await db.$disconnect();
    await embedded.stop();
    say(`resumed ${row.status}`);
    return;
  }
  if (mode === "review") {
    const { answerReview } = await import("@/lib/server/data/answer-review");
    const cards = await db.card.findMany({ where: { userId: actor.id }, select: { id: true } });
    const ratings = ["again", "hard", "good", "easy"] as const;
    for (let i = 0; ; i++) {
      const clientId = crypto.randomUUID();
      say(`sending ${clientId}`);
      await answerReview(actor, { cardId: cards[i % cards.length]!.id, clientId, rating: ratings[i % 4]! });
      say(`answered ${clientId}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
