// Smoke flow: reader → add three words → review them with the keyboard only
// (intervals on the buttons, one undo) → summary; then, with the clock moved
// forward through the demo-only `lesefluss-now` cookie, the right cards are due.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, launchBrowser, signUpNewLearner } from "./browser";

const DAY_MS = 86_400_000;
const SEED_TITLE = /^Wladimir Putin nimmt die Einladung/;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  // A learner of their own: the demo learner comes with a history of cards (issue 17).
  await signUpNewLearner(page, "Review Learner");
});
afterAll(async () => {
  await browser?.close();
});

async function addThreeWordsFromSeedArticle() {
  await page.goto(`${BASE_URL}/library`);
  await page.getByRole("link", { name: SEED_TITLE }).first().click();
  await page.waitForURL((url) => url.pathname.startsWith("/read/"));
  const reader = page.getByTestId("reader");
  await reader.waitFor();
  const tokens = reader.locator("[data-token-index]");
  const count = await tokens.count();
  const added: string[] = [];
  for (let i = 0; i < count && added.length < 3; i++) {
    const token = tokens.nth(i);
    const text = ((await token.textContent()) ?? "").trim();
    // Longer content words: short ones are often function words the reader may not offer as cards.
    if (!/^[A-Za-zÄÖÜäöüß]{6,}$/.test(text) || added.includes(text)) continue;
    await token.click();
    const panel = page.getByTestId("word-panel");
    await panel.waitFor();
    const add = panel.getByRole("button", { name: /^Add to review/ });
    // A word whose lexeme already has a card (e.g. another form of it) offers no "Add".
    if ((await add.count()) === 0 || !(await add.isEnabled())) continue;
    await add.click();
    await panel.getByRole("button", { name: /In your review/ }).waitFor();
    added.push(text);
  }
  expect(added).toHaveLength(3);
  return added;
}

async function waitForDone(n: number) {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="review-done"]')?.textContent === String(expected),
    n,
  );
}

async function currentFront(): Promise<string> {
  return ((await page.getByTestId("review-front").textContent()) ?? "").trim();
}

/** Reveals with Space and reads the four interval labels. */
async function revealWithKeyboard(): Promise<Record<string, string>> {
  await page.keyboard.press("Space");
  await page.getByTestId("interval-good").waitFor();
  const labels: Record<string, string> = {};
  for (const rating of ["again", "hard", "good", "easy"]) {
    labels[rating] = ((await page.getByTestId(`interval-${rating}`).textContent()) ?? "").trim();
    expect(labels[rating]).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);
  }
  return labels;
}

async function openReviewAt(now: Date | null) {
  await context.clearCookies({ name: "lesefluss-now" });
  if (now) await context.addCookies([{ name: "lesefluss-now", value: now.toISOString(), url: BASE_URL }]);
  await page.goto(`${BASE_URL}/review`);
  await page.getByTestId("review-session").waitFor();
}

describe("daily review", () => {
  it("reviews three new words by keyboard, with undo, and schedules them", async () => {
    await addThreeWordsFromSeedArticle();
    const start = new Date();

    await openReviewAt(null);
    expect(await page.getByTestId("review-total").textContent()).toBe("3");
    const badge = page.getByRole("navigation", { name: "Main" }).getByTestId("due-badge");
    expect(await badge.textContent()).toBe("3");
    expect(await page.getByTestId("review-done").textContent()).toBe("0");
    // The front shows the German word and its sentence with the word highlighted.
    expect(await page.getByTestId("review-context").locator("mark").count()).toBeGreaterThan(0);

    // Card 1: Easy.
    const first = await currentFront();
    const firstLabels = await revealWithKeyboard();
    expect(firstLabels.again).toBe("1m");
    expect(await page.getByTestId("review-back").isVisible()).toBe(true);
    await page.keyboard.press("4");
    await waitForDone(1);
    // The header's badge follows the session without a reload (issue 17).
    await expect.poll(() => badge.textContent()).toBe("2");

    // Card 2: Again by mistake, undo with U, then Easy.
    const second = await currentFront();
    expect(second).not.toBe(first);
    await revealWithKeyboard();
    await page.keyboard.press("1");
    await waitForDone(2);
    await page.keyboard.press("u");
    await waitForDone(1);
    expect(await currentFront()).toBe(second);
    expect(await page.getByTestId("review-total").textContent()).toBe("3");
    await revealWithKeyboard();
    await page.keyboard.press("4");
    await waitForDone(2);

    // Card 3: Good twice (the 10-minute learning step comes back within the session).
    const third = await currentFront();
    expect([first, second]).not.toContain(third);
    const thirdLabels = await revealWithKeyboard();
    expect(thirdLabels.good).toBe("10m");
    await page.keyboard.press("3");
    await waitForDone(3);
    expect(await currentFront()).toBe(third);
    await revealWithKeyboard();
    await page.keyboard.press("3");
    await waitForDone(4);

    const summary = page.getByTestId("review-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("You answered 4 cards: 0 again, 0 hard, 2 good, 2 easy");

    // Tomorrow: nothing is due (the easiest interval is two days).
    await openReviewAt(new Date(start.getTime() + DAY_MS));
    await page.getByTestId("review-empty").waitFor();

    // In three days: only the card answered Good (2 days) is due; the Easy ones wait about a week.
    await openReviewAt(new Date(start.getTime() + 3 * DAY_MS));
    expect(await page.getByTestId("review-total").textContent()).toBe("1");
    expect(await currentFront()).toBe(third);

    // In two weeks all three are due.
    await openReviewAt(new Date(start.getTime() + 14 * DAY_MS));
    expect(await page.getByTestId("review-total").textContent()).toBe("3");
  });

  it("exports the learner's cards as CSV and as an Anki package", async () => {
    const csv = await page.request.get(`${BASE_URL}/api/export/csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("German,English,Context,Context translation,Tags");
    expect(text.trimEnd().split("\r\n")).toHaveLength(4);
    // The package's notes are checked in tests/server/review/export.test.ts; here: the route serves a zip.
    const apkg = await page.request.get(`${BASE_URL}/api/export/apkg`);
    expect(apkg.status()).toBe(200);
    expect(apkg.headers()["content-disposition"]).toMatch(/lesefluss-cards-.*\.apkg/);
    const bytes = await apkg.body();
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it("refuses exports without a session", async () => {
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(`${BASE_URL}/api/export/csv`);
    expect(response.status()).toBe(401);
    await anonymous.close();
  });
});
