import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BASE_URL, DEMO_LEARNER, allowBrowserProblem, launchBrowser, signIn } from "./browser";

const GERMAN =
  "Der Hund schläft im Garten. Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch. Wir fahren im Sommer mit dem Zug an die Ostsee.";
const ENGLISH =
  "The dog is sleeping in the garden. In the morning my sister likes to drink a coffee with milk. In summer we take the train to the Baltic Sea.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("import", () => {
  it("imports a pasted German text with its translation and opens it in the reader", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/import`);
    await page.getByLabel("Title (optional)").fill("Ein Tag im Sommer");
    await page.getByLabel("German text").fill(GERMAN);
    await page.getByLabel("English translation, optional").fill(ENGLISH);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/read/"), { timeout: 30_000 });

    await page.getByText("Ein Tag im Sommer").first().waitFor();
    // The shell comes first; the page's words follow from their own address.
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');
    const body = await page.locator("main").innerText();
    expect(body).toContain("Hund");
    expect(body).toContain("Ostsee");
    const toggle = page.getByRole("button", { name: /^Show translation of sentence 2/ });
    await toggle.click();
    const translation = page.getByTestId("translation").filter({ hasText: "coffee" });
    await translation.waitFor();
    expect(await translation.textContent()).toContain("In the morning my sister likes to drink a coffee with milk.");

    // The owner can correct the translations afterwards.
    const textId = new URL(page.url()).pathname.split("/")[2]!;
    await page.goto(`${BASE_URL}/texts/${textId}/translations`);
    const field = page.getByLabel("English translation of sentence 1");
    expect(await field.inputValue()).toBe("The dog is sleeping in the garden.");
    await field.fill("The dog sleeps in the garden.");
    await page.getByRole("button", { name: "Save" }).first().click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await context.close();
  });

  it("shows a clear error for an English text and creates nothing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/import`);

    // Empty: refused next to the field at once.
    await page.getByRole("button", { name: "Import" }).click();
    expect(await page.getByTestId("content-error").textContent()).toMatch(/empty/);

    await page.getByLabel("Title (optional)").fill("Not German at all");
    await page
      .getByLabel("German text")
      .fill("The quick brown fox jumps over the lazy dog. It was a sunny day and everyone was happy.");
    await page.getByRole("button", { name: "Import" }).click();
    const error = page.getByTestId("content-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toMatch(/does not look like German/);
    expect(new URL(page.url()).pathname).toBe("/import");

    await page.goto(`${BASE_URL}/library`);
    expect(await page.getByRole("link", { name: "Not German at all" }).count()).toBe(0);
    await context.close();
  });

  it("explains a web address that has no article", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/import`);
    await page.getByRole("radio", { name: "From a web address" }).check();
    // The app itself answers 404 here: a reachable address that is not an article.
    await page.getByRole("textbox", { name: "Web address" }).fill(`${BASE_URL}/no-such-article`);
    await page.getByRole("button", { name: "Import" }).click();
    const error = page.getByTestId("url-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toMatch(/404/);
    await context.close();
  });

  it("refuses another user's job and answers 401 when signed out", async () => {
    const response = await fetch(`${BASE_URL}/api/import/some-job`);
    expect(response.status).toBe(401);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    allowBrowserProblem(
      /404.*\/api\/import\/not-my-job|status of 404/,
      "the test asks for a job that is not the learner's",
    );
    const status = await page.evaluate(async () => (await fetch("/api/import/not-my-job")).status);
    expect(status).toBe(404);
    await context.close();
  });
});
