import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, SEED_TITLE, launchBrowser, openSeedArticle, signUpNewLearner, word } from "./browser";

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signUpNewLearner(page);
});
afterAll(async () => {
  await browser?.close();
});

async function lexemeStatuses(p: Page, lexemeId: string): Promise<string[]> {
  return p
    .locator(`[data-testid="reader"] [data-lexeme="${lexemeId}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-status") ?? ""));
}

describe("reading the seed article", () => {
  it("lists the seed article in a new learner's library with word counts and known-%", async () => {
    await page.goto(`${BASE_URL}/library`);
    const item = page.getByTestId("library-item").filter({ has: page.getByRole("link", { name: SEED_TITLE }) });
    expect(await item.getByTestId("known-percent").textContent()).toBe("0%");
    expect(await item.textContent()).toMatch(/\d{3} words/);
    expect(await item.getByTestId("new-count").textContent()).toMatch(/^\d+ new$/);
  });

  it("shows hover glosses from the page itself: no network request", async () => {
    await openSeedArticle(page);
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    page.on("request", onRequest);
    await word(page, "Einladung").hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor({ state: "visible" });
    expect(await tooltip.textContent()).toContain("invitation");
    expect(await tooltip.textContent()).toContain("die Einladung");
    await word(page, "nimmt").hover();
    expect(await tooltip.textContent()).toMatch(/annehmen.*to accept/s);
    // Both parts of the separable verb light up together.
    expect(await page.locator('[data-testid="reader"] .phrase-hl').allTextContents()).toEqual(["nimmt", "an"]);
    await page.waitForTimeout(300);
    page.off("request", onRequest);
    expect(requests).toEqual([]);
  });

  // Issue 18: a look-up is a tooltip read long enough (or a panel used), batched with the progress report.
  it("sends a tooltip read for a second as a look-up with the progress report when the page is hidden", async () => {
    await openSeedArticle(page);
    const einladung = word(page, "Einladung");
    const lexemeId = (await einladung.getAttribute("data-lexeme"))!;
    const posts: string[] = [];
    const onRequest = (r: { method(): string; postData(): string | null }) => {
      if (r.method() === "POST") posts.push(r.postData() ?? "");
    };
    page.on("request", onRequest);
    await einladung.hover();
    await page.getByRole("tooltip").waitFor({ state: "visible" });
    await page.waitForTimeout(1200);
    await word(page, "nimmt").hover();
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await expect.poll(() => posts.some((body) => body.includes("lookups") && body.includes(lexemeId))).toBe(true);
    page.off("request", onRequest);
    await page.evaluate(() => Reflect.deleteProperty(document, "visibilityState"));
  });

  it("marking a word known recolours every occurrence and updates known-% after reload", async () => {
    await openSeedArticle(page);
    const einladung = word(page, "Einladung");
    const lexemeId = (await einladung.getAttribute("data-lexeme"))!;
    expect((await lexemeStatuses(page, lexemeId)).length).toBeGreaterThan(1);
    await einladung.click();
    const panel = page.getByTestId("word-panel");
    await panel.waitFor();
    await panel.getByRole("button", { name: /^Known/ }).click();
    await page.waitForFunction(
      (id) =>
        [...document.querySelectorAll(`[data-lexeme="${id}"]`)].every((e) => e.getAttribute("data-status") === "5"),
      lexemeId,
    );
    await page.getByTestId("reader-toast").filter({ hasText: "marked known" }).waitFor();
    await page.reload();
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');
    expect(new Set(await lexemeStatuses(page, lexemeId))).toEqual(new Set(["5"]));
    await page.goto(`${BASE_URL}/library`);
    const item = page.getByTestId("library-item").filter({ has: page.getByRole("link", { name: SEED_TITLE }) });
    // One known word of ~250 shows as "<1%", no longer "0%".
    expect(await item.getByTestId("known-percent").textContent()).toBe("<1%");
  });

  it("adds a word to review from the dictionary panel", async () => {
    await openSeedArticle(page);
    await word(page, "Besuch").click();
    const panel = page.getByTestId("word-panel");
    await panel.getByRole("heading", { name: "der Besuch" }).waitFor();
    await panel.getByRole("button", { name: /Add to review/ }).click();
    await page.getByTestId("reader-toast").filter({ hasText: "added to your review" }).waitFor();
    expect(await panel.getByRole("button", { name: /In your review/ }).isDisabled()).toBe(true);
    // The full dictionary entry arrives from the server.
    await panel.getByRole("region", { name: "Dictionary entry" }).getByText("visit").first().waitFor();
  });

  it("toggles a sentence's translation and all translations", async () => {
    await openSeedArticle(page);
    const toggle = page.getByRole("button", { name: "Show translation of sentence 1", exact: true });
    await toggle.click();
    const translation = page.getByTestId("translation").first();
    expect(await translation.textContent()).toContain("gratefully");
    await page.getByRole("button", { name: "Hide translation of sentence 1", exact: true }).click();
    expect(await page.getByTestId("translation").count()).toBe(0);
    await page.getByRole("button", { name: /Show all translations/ }).click();
    expect(await page.getByTestId("translation").count()).toBe(26);
  });

  it("works with the keyboard alone", async () => {
    await openSeedArticle(page);
    await page.goto(page.url()); // a fresh load: focus starts at the top of the page
    // Tab from the page start into the text: the first word takes focus.
    let guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.hasAttribute("data-token-index") ?? false)) &&
      guard++ < 20
    ) {
      await page.keyboard.press("Tab");
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Wladimir");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("nimmt");
    expect(await page.getByRole("tooltip").textContent()).toContain("annehmen");
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("word-panel");
    await panel.getByRole("heading", { name: "annehmen" }).waitFor();
    await page.keyboard.press("3");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-status") === "3");
    await page.keyboard.press("t");
    await page.getByTestId("translation").first().waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByTestId("word-panel").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("nimmt");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Der");
    await page.keyboard.press("a");
    await page.getByTestId("reader-toast").filter({ hasText: "added to your review" }).waitFor();
  });
});
