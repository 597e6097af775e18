// Script injection through an imported text: markup in the title and body is
// shown as text in the reader and never runs (no flag set, no dialog).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BASE_URL, allowBrowserProblem, launchBrowser, signUpNewLearner } from "./browser";

const GERMAN =
  "Der Hund schläft im Garten. Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch. Wir fahren im Sommer mit dem Zug an die Ostsee.";
const TITLE = `Gefahr <img src=x onerror="window.__pwned='title'"> <script>window.__pwned='title-script'</script>`;
const CONTENT = `${GERMAN}\n\nDer Hund <script>window.__pwned = 'script'; alert('script')</script> schläft.\n\nDie Katze <img src=x onerror="window.__pwned='img'; alert('img')"> spielt im Garten.`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("hostile imported text", () => {
  it("shows <script> and <img onerror> literally and runs none of it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signUpNewLearner(page, "Hostile Learner");
    await page.goto(`${BASE_URL}/import`);
    await page.getByLabel("Title (optional)").fill(TITLE);
    await page.getByLabel("German text").fill(CONTENT);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/read/"), { timeout: 60_000 });
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');

    // Reload too: the server-rendered page must be as inert as the client-side navigation.
    const response = await page.reload();
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No element was made from the text: no <img> with an onerror, no inline script containing it.
    expect(await page.locator("img[onerror]").count()).toBe(0);
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(scripts.some((s) => s.includes("__pwned") && !s.includes("self.__next_f"))).toBe(false);
    // The title is shown as the literal text that was typed.
    const main = await page.locator("main").innerText();
    expect(main).toContain(`<img src=x onerror="window.__pwned='title'">`);
    expect(main).toContain("Hund");
    // The security headers are on the page.
    const headers = response?.headers() ?? {};
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    // Scripts need this response's nonce; inline scripts without it are refused.
    const scriptSrc =
      policy
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("script-src")) ?? "";
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc).not.toContain("unsafe-inline");
    // Every script Next.js put in the page carries the nonce (so the page works under the policy).
    const nonces = await page
      .locator("script")
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces.every((n) => n === nonce)).toBe(true);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await context.close();
  });

  it("markup that reaches the DOM anyway cannot run inline handlers or scripts (CSP)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    allowBrowserProblem(
      /Content Security Policy/i,
      "the test injects markup the policy must refuse, and checks it did",
    );
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${BASE_URL}/signin`);
    await page.waitForSelector("form");
    // What an HTML-injection bug would produce: an inline handler and a parser-inserted inline script.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="data:," onload="window.__pwned='handler'" alt="">`);
      const frame = document.createElement("div");
      frame.innerHTML = "<iframe srcdoc=\"<script>parent.__pwned='srcdoc'</script>\"></iframe>";
      document.body.append(frame);
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    // The page's own scripts still run: the form is interactive (hydrated).
    await page.getByLabel("Email").fill("nobody@example.test");
    await page.getByLabel("Password").fill("wrong-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
  });

  it("a cross-site POST to the review answer route is refused", async () => {
    const response = await fetch(`${BASE_URL}/api/review/answer`, {
      method: "POST",
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json" },
      body: JSON.stringify({ cardId: "x", clientId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: "good" }),
    });
    expect(response.status).toBe(403);
  });
});
