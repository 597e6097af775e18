// Issue 17, "the first five minutes": on a fresh install in demo mode the demo
// accounts come with a story (lib/server/data/seed-demo-story.ts). Runs first,
// before other files touch the demo accounts. With E2E_SCREENSHOTS=<folder>
// (`npm run screenshots`) it also saves the README's pictures there.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { BASE_URL, DEMO_LEARNER, DEMO_TEACHER, launchBrowser, openSeedArticle, signIn, word } from "./browser";

const SCREENSHOTS = process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : null;
const VIEWPORT = { width: 1200, height: 760 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Fonts and the last paint settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const textOf = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? "").trim();

describe("demo install", () => {
  it("the demo learner's progress shows known words, a streak and a filled heatmap", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: "light" });
    await signIn(page, DEMO_LEARNER);
    expect(new URL(page.url()).pathname).toBe("/library");
    await page.goto(`${BASE_URL}/progress`);
    expect(Number(await textOf(page, "known-words"))).toBeGreaterThan(50);
    expect(Number(await textOf(page, "streak"))).toBeGreaterThanOrEqual(7);
    expect(Number(await textOf(page, "due-today"))).toBeGreaterThan(0);
    expect(await page.getByTestId("progress-empty").count()).toBe(0);
    const heatmap = page.getByTestId("review-heatmap");
    const filled = await heatmap.locator("rect:not(.heat-0)").count();
    expect(filled).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId("known-words-chart").locator("path, polyline").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("the demo learner has a text half read, with a tooltip on hover", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: "light" });
    await signIn(page, DEMO_LEARNER);
    await openSeedArticle(page);
    // Words she met are coloured by status: some known, some still learning.
    const statuses = await page
      .locator('[data-testid="reader"] [data-token-index]')
      .evaluateAll((els) => els.map((e) => e.className));
    expect(statuses.some((c) => /\bst-5\b/.test(c))).toBe(true);
    expect(statuses.some((c) => /\bst-[1-4]\b/.test(c))).toBe(true);
    await word(page, "Einladung").hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/invitation/i);
    await screenshot(page, "reader");
    await page.close();
  });

  it("Review has cards due, and the header badge counts down after an answer", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: "light" });
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/review`);
    await page.getByTestId("review-session").waitFor();
    const total = Number(await textOf(page, "review-total"));
    expect(total).toBeGreaterThan(0);
    const badge = page.getByRole("navigation", { name: "Main" }).getByTestId("due-badge");
    expect(Number(await badge.textContent())).toBe(total);
    await page.keyboard.press("Space");
    await page.getByTestId("interval-good").waitFor();
    await screenshot(page, "review");
    await page.keyboard.press("3");
    await page.waitForFunction(() => document.querySelector('[data-testid="review-done"]')?.textContent === "1");
    // Good on a due card sends it days ahead: one fewer left, without a reload.
    const left = Number(await textOf(page, "review-total")) - 1;
    await expect.poll(async () => Number(await badge.textContent())).toBe(left);
    await page.close();
  });

  it("the demo teacher lands on Teach and the dashboard shows five learners with different figures", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: "light" });
    await signIn(page, DEMO_TEACHER);
    expect(new URL(page.url()).pathname).toBe("/teach");
    await page.getByTestId("class-list").getByRole("link").first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/teach/classes/"));
    await page.getByTestId("assignment-list").getByRole("link").first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/teach/assignments/"));
    const rows = page.getByTestId("dashboard-row");
    expect(await rows.count()).toBe(5);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
    );
    // Each column (read, time, look-ups, cards, reviews, known) has figures, and they differ between learners.
    for (let column = 0; column < 6; column++) {
      const values = cells.map((row) => row[column]);
      expect(new Set(values).size, `column ${column}: ${values.join(", ")}`).toBeGreaterThan(2);
    }
    expect(new Set(cells.map((row) => row[0])).size).toBe(5);
    await screenshot(page, "teacher-dashboard");
    await page.close();
  });
});
