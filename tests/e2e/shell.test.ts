import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BASE_URL, DEMO_LEARNER, DEMO_TEACHER, launchBrowser, signIn, allowBrowserProblem } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("app shell", () => {
  it("shows the sign-in page with the demo accounts at /", async () => {
    const page = await browser.newPage();
    const response = await page.goto(BASE_URL);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { name: "Sign in to Lesefluss" }).isVisible()).toBe(true);
    expect(await page.getByTestId("demo-accounts").textContent()).toContain(DEMO_LEARNER);
    await page.close();
  });

  it("rejects a wrong password with a clear message", async () => {
    allowBrowserProblem(
      /401.*\/api\/auth\/callback\/credentials|status of 401/,
      "next-auth answers a wrong password with 401 on purpose",
    );
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/signin`);
    await page.getByLabel("Email").fill(DEMO_LEARNER);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // (Next.js adds its own empty role="alert" route announcer, so match by text.)
    const alert = page.getByRole("alert").filter({ hasText: "do not match" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/email and password do not match/);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.close();
  });

  it("signs the demo learner in to the shell, without Teach", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    expect(new URL(page.url()).pathname).toBe("/library");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Library", "Review", "Progress"]) {
      expect(await nav.getByRole("link", { name }).isVisible()).toBe(true);
    }
    expect(await nav.getByRole("link", { name: "Teach" }).count()).toBe(0);
    // The teacher area itself refuses a learner.
    await page.goto(`${BASE_URL}/teach`);
    expect(new URL(page.url()).pathname).not.toBe("/teach");
    await context.close();
  });

  it("shows Teach to the demo teacher, and signs out", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_TEACHER);
    // A teacher's work starts at their classes (issue 17).
    await page.waitForURL((url) => url.pathname === "/teach");
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Teach" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.goto(`${BASE_URL}/library`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await context.close();
  });
});
