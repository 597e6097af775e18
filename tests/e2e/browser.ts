// Shared browser helpers: Debian's Chromium through playwright-core.
// Every page opened through launchBrowser() is watched: a console error, an
// uncaught exception, a request that fails or an answer of 400 or more fails
// the test it happens in (issue 17), unless that test allowed it with a reason.
import { afterEach } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const DEMO_PASSWORD = "lesefluss-demo";
export const DEMO_LEARNER = "learner@lesefluss.test";
export const DEMO_TEACHER = "teacher@lesefluss.test";

const problems: string[] = [];
const allowed: { pattern: RegExp; reason: string }[] = [];

/**
 * Lets the current test produce browser problems matching `pattern` (a
 * deliberate 404, a refused sign-in); `reason` says why, for the reader of the test.
 */
export function allowBrowserProblem(pattern: RegExp, reason: string) {
  allowed.push({ pattern, reason });
}

function record(problem: string) {
  if (!allowed.some((a) => a.pattern.test(problem))) problems.push(problem);
}

function watchPage(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") record(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => record(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    // A navigation or fetch cut short by the next navigation is not a fault of the app.
    if (failure === "net::ERR_ABORTED") return;
    record(`request failed: ${request.method()} ${request.url()} (${failure})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      record(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
}

function watchContext(context: BrowserContext) {
  context.on("page", watchPage);
  for (const page of context.pages()) watchPage(page);
}

afterEach(() => {
  allowed.length = 0;
  const found = problems.splice(0);
  if (found.length > 0) throw new Error(`The browser reported problems:\n${found.join("\n")}`);
});

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  // Contexts and pages made by the tests are watched as they are created.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };
  browser.newPage = async (...args) => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    // As Browser.newPage does: closing the page closes its own context.
    page.on("close", () => void context.close());
    return page;
  };
  return browser;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${BASE_URL}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // "/" passes the new session on to its role's landing page.
  await page.waitForURL((url) => url.pathname !== "/" && !url.pathname.startsWith("/signin"));
}

/** Signs up a brand-new learner through the UI (isolates a test from the demo accounts' state). */
export async function signUpNewLearner(page: Page, name = "E2E Learner"): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.random().toString(16).slice(2, 8)}@example.test`;
  await page.goto(`${BASE_URL}/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("e2e-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/library"), { timeout: 30_000 });
  return email;
}

export const SEED_TITLE = /^Wladimir Putin nimmt die Einladung/;

/** Opens the seed article from the library and waits for the reader. */
export async function openSeedArticle(page: Page) {
  await page.goto(`${BASE_URL}/library`);
  // The library item's link (an assignment of the same text may link it too).
  await page.getByTestId("library-item").getByRole("link", { name: SEED_TITLE }).first().click();
  await page.waitForSelector('[data-testid="reader"] [data-token-index]');
}

/** The first word element in the reader with exactly this text. */
export function word(page: Page, text: string) {
  return page
    .locator('[data-testid="reader"] [data-token-index]')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first();
}

/** Signs in through next-auth's credentials endpoint without a browser; returns the Cookie header to send. */
export async function signInOverHttp(email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: HTTP ${response.status}`);
  return session;
}
