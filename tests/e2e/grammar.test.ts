// Issue 15: the reader's tooltip shows the word's grammar in its sentence,
// from the page payload (no network request on hover), and a setting hides it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, openSeedArticle, signUpNewLearner, word } from "./browser";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signUpNewLearner(page, "Grammar Learner");
});
afterAll(async () => {
  await browser?.close();
});

async function grammarOf(text: string): Promise<string> {
  await word(page, text).hover();
  const line = page.getByRole("tooltip").locator("[data-tip=grammar]");
  await line.waitFor({ state: "visible" });
  return (await line.textContent()) ?? "";
}

describe("grammar on hover", () => {
  it("shows case, gender and number of a noun and the principal parts of a past-tense verb, without the network", async () => {
    await openSeedArticle(page);
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    page.on("request", onRequest);
    // The headline: "Wladimir Putin nimmt die Einladung … an".
    expect(await grammarOf("Einladung")).toMatch(/^die Einladung — feminine noun, accusative singular/);
    // "lud … ein" later in the article: the infinitive and the principal parts.
    expect(await grammarOf("lud")).toContain(
      "einladen, 3rd person singular, simple past · lädt ein, lud ein, hat eingeladen",
    );
    await page.waitForTimeout(300);
    page.off("request", onRequest);
    expect(requests).toEqual([]);
  });

  it("hides the grammar line when the learner turns it off", async () => {
    await page.goto(`${BASE_URL}/settings`);
    await page.getByLabel(/Show grammar in the word tooltip/).uncheck();
    await page.getByRole("button", { name: "Save reading settings" }).click();
    await page.getByRole("status").filter({ hasText: "Settings saved." }).waitFor();
    await openSeedArticle(page);
    await word(page, "Einladung").hover();
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor({ state: "visible" });
    expect(await tooltip.textContent()).toContain("invitation");
    expect(await tooltip.locator("[data-tip=grammar]").isHidden()).toBe(true);
  });
});
