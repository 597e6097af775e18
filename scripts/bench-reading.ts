// Reading benchmarks against DESIGN.md's budgets, on an in-memory PGlite:
//   reading page for a 1,000-token text, server time warm ≤ 50 ms p50
//   (the page's data: sentences, tokens, lexemes, statuses — one payload, so
//   hover needs no network; plus serialising it for the client).
// Run: npx tsx --conditions=react-server scripts/bench-reading.ts
import { percentile, withEmbeddedDatabase } from "./benchmark-database";

const BUDGET_P50_MS = 50;

async function main() {
  await withEmbeddedDatabase(async () => {
    const { db } = await import("../lib/server/db");
    const { importText } = await import("../lib/server/data/import-text");
    const { getReadingView } = await import("../lib/server/data/get-reading-view");
    const { setWordStatus } = await import("../lib/server/data/set-word-status");
    const fs = await import("node:fs");

    const user = await db.user.create({
      data: { email: "bench@example.test", name: "Bench", passwordHash: "x" },
      select: { id: true, role: true },
    });
    // ~1,000 tokens of real German: the seed article body, twice over.
    const article = fs.readFileSync("data/seed/seed-article.de.txt", "utf8");
    const { textId, wordCount } = await importText(user, { content: `${article}\n\n${article}`.slice(0, 6_900) });
    const tokens = (await db.sentence.findMany({ where: { textId }, select: { tokens: true } })).reduce(
      (n, s) => n + (s.tokens as unknown[]).length,
      0,
    );
    // A learner with history: a third of the words have a status.
    const lexemes = await db.textLexeme.findMany({ where: { textId }, select: { lexemeId: true } });
    for (const [i, l] of lexemes.entries())
      if (i % 3 === 0) await setWordStatus(user, { textId, lexemeId: l.lexemeId, status: (i % 6) + 1 });

    for (let i = 0; i < 10; i++) JSON.stringify(await getReadingView(user, textId));
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      const view = await getReadingView(user, textId);
      bytes = JSON.stringify(view).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    console.log(
      `reading page data for a ${tokens}-token text (${wordCount} words): p50 ${p50.toFixed(2)} ms, p90 ${percentile(times, 0.9).toFixed(2)} ms, ` +
        `payload ${(bytes / 1024).toFixed(0)} KiB (budget p50 ≤ ${BUDGET_P50_MS} ms: ${p50 <= BUDGET_P50_MS ? "OK" : "OVER BUDGET"})`,
    );
    await db.$disconnect();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
