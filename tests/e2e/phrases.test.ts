// Multiword expressions in the reader (issue 12): hovering one word of
// "gibt … es" lights up both and shows the expression's gloss, not "to give"
// + "it"; the expression is one lexeme, so marking it known recolours every
// word of every occurrence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, launchBrowser, signUpNewLearner, word } from "./browser";

const GERMAN =
  "In Berlin gibt es viele Museen. Im Sommer warten die Besucher lange vor den Türen. Gibt es auch in Hamburg so viele Museen? Ich glaube, dass es dort weniger gibt.";

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signUpNewLearner(page, "E2E Phrases");
  await page.goto(`${BASE_URL}/import`);
  await page.getByLabel("Title (optional)").fill("Museen in Berlin");
  await page.getByLabel("German text").fill(GERMAN);
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/read/"), { timeout: 60_000 });
  await page.waitForSelector('[data-testid="reader"] [data-token-index]');
});
afterAll(async () => {
  await browser?.close();
});

describe("multiword expressions in the reader", () => {
  it('hovering "gibt" highlights "gibt" and "es" and shows "there is/are"', async () => {
    await word(page, "gibt").hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor({ state: "visible" });
    expect(await tooltip.textContent()).toContain("there is/are");
    expect(await tooltip.textContent()).toContain("es gibt");
    expect(await page.locator('[data-testid="reader"] .phrase-hl').allTextContents()).toEqual(["gibt", "es"]);
  });

  it("marking the expression known changes its status at every word of every occurrence", async () => {
    const gibt = word(page, "gibt");
    const lexemeId = (await gibt.getAttribute("data-lexeme"))!;
    const parts = page.locator(`[data-testid="reader"] [data-lexeme="${lexemeId}"]`);
    // Three occurrences, two words each: gibt … es, Gibt … es, es … gibt.
    expect(await parts.allTextContents()).toEqual(["gibt", "es", "Gibt", "es", "es", "gibt"]);
    await gibt.click();
    const panel = page.getByTestId("word-panel");
    await panel.waitFor();
    expect(await panel.textContent()).toContain("expression");
    // The colour changes at once; the reload below must come after the server has saved it.
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/read/"),
    );
    await panel.getByRole("button", { name: /^Known/ }).click();
    expect((await saved).ok()).toBe(true);
    await page.waitForFunction(
      (id) =>
        [...document.querySelectorAll(`[data-lexeme="${id}"]`)].every((e) => e.getAttribute("data-status") === "5"),
      lexemeId,
    );
    await page.reload();
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');
    const statuses = await parts.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    expect(new Set(statuses)).toEqual(new Set(["5"]));
    // A word outside the expression keeps its own status.
    expect(await word(page, "Museen").getAttribute("data-status")).not.toBe("5");
  });
});
