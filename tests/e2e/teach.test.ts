// Classes end to end: the demo teacher creates a class, the demo learner joins
// with its code, the teacher assigns the seed article, the learner reads part
// of it and adds cards, and the teacher's dashboard shows that learner's progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, DEMO_TEACHER, launchBrowser, openSeedArticle, signIn, signUpNewLearner, word } from "./browser";

const SEED_TITLE_START = "Wladimir Putin nimmt die Einladung";
// A learner of their own: the demo learner already has cards for the article's words (issue 17).
const LEARNER_NAME = "Ada Klassentest";

let browser: Browser;
let teacherContext: BrowserContext;
let learnerContext: BrowserContext;
let teacher: Page;
let learner: Page;
const className = `E2E class ${Date.now().toString(36)}`;
let classUrl = "";
let joinCode = "";
let cardsAdded = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  learnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  teacher = await teacherContext.newPage();
  learner = await learnerContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  await signUpNewLearner(learner, LEARNER_NAME);
});
afterAll(async () => {
  await browser?.close();
});

describe("a class from creation to the teacher's dashboard", () => {
  it("the teacher creates a class and gets a join code", async () => {
    await teacher.goto(`${BASE_URL}/teach`);
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.waitForURL((url) => url.pathname.startsWith("/teach/classes/"));
    classUrl = teacher.url();
    expect(await teacher.getByRole("heading", { level: 1 }).textContent()).toBe(className);
    joinCode = ((await teacher.getByTestId("join-code").textContent()) ?? "").trim();
    expect(joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  it("the learner joins with the code", async () => {
    await learner.goto(`${BASE_URL}/classes`);
    await learner.getByLabel("Join code").fill(joinCode.toLowerCase());
    await learner.getByRole("button", { name: "Join class" }).click();
    await learner
      .getByRole("status")
      .filter({ hasText: `You joined ${className}` })
      .waitFor();
    await learner.reload();
    expect(await learner.getByTestId("my-classes").textContent()).toContain(className);
  });

  it("the teacher sees the learner and assigns the seed article with a due date", async () => {
    await teacher.goto(classUrl);
    expect(await teacher.getByTestId("learner-table").textContent()).toContain(LEARNER_NAME);
    const select = teacher.getByLabel("Text");
    const options = await select
      .locator("option")
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? "" })));
    const seed = options.find((o) => o.label.startsWith(SEED_TITLE_START));
    expect(seed, `seed article among ${JSON.stringify(options)}`).toBeDefined();
    await select.selectOption(seed!.value);
    await teacher.getByLabel("Due date (optional)").fill("2099-01-15");
    await teacher.getByLabel("Note for learners (optional)").fill("Read the first paragraphs");
    await teacher.getByRole("button", { name: "Assign text" }).click();
    await teacher.getByRole("status").filter({ hasText: "Text assigned" }).waitFor();
    await teacher
      .getByTestId("assignment-list")
      .getByRole("link", { name: new RegExp(`^${SEED_TITLE_START}`) })
      .waitFor();
    expect(await teacher.getByTestId("assignment-list").textContent()).toContain("Due 15 Jan 2099");
  });

  it("the learner sees the assignment, reads part of the article and adds cards", async () => {
    await learner.goto(`${BASE_URL}/library`);
    // The library page renders the assignments panel once its owner wires it in.
    const panel = learner.getByTestId("assignments-panel");
    if ((await panel.count()) > 0) {
      expect(await panel.textContent()).toContain(SEED_TITLE_START);
      expect(await panel.textContent()).toContain("15 Jan 2099");
    }
    await openSeedArticle(learner);
    for (const text of ["Einladung", "Besuch"]) {
      await word(learner, text).click();
      const wordPanel = learner.getByTestId("word-panel");
      await wordPanel.waitFor();
      const add = wordPanel.getByRole("button", { name: /Add to review/ });
      if ((await add.count()) > 0 && (await add.isEnabled())) {
        await add.click();
        await learner.getByTestId("reader-toast").filter({ hasText: "added to your review" }).waitFor();
        cardsAdded++;
      }
      await learner.keyboard.press("Escape");
    }
    // Read on: bring a later sentence fully into view, with some activity.
    const later = learner.locator('[data-testid="reader"] [data-sentence-index="5"]');
    await later.scrollIntoViewIfNeeded();
    await learner.mouse.move(100, 200);
    await learner.waitForTimeout(2500);
    await learner.mouse.move(120, 220);
    // Leaving the reader inside the app saves the progress.
    await learner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
    await learner.waitForURL((url) => url.pathname === "/library");
  });

  it("the teacher's dashboard shows the learner's progress", async () => {
    await teacher.goto(classUrl);
    await teacher
      .getByTestId("assignment-list")
      .getByRole("link", { name: new RegExp(`^${SEED_TITLE_START}`) })
      .click();
    await teacher.waitForURL((url) => url.pathname.startsWith("/teach/assignments/"));
    const row = () => teacher.getByTestId("dashboard-row").filter({ hasText: LEARNER_NAME });
    // Progress is saved asynchronously: reload until it has arrived.
    const deadline = Date.now() + 30_000;
    let readPercent = "0 %";
    while (Date.now() < deadline) {
      readPercent = ((await row().getByTestId("read-percent").textContent()) ?? "").trim();
      if (readPercent !== "0 %") break;
      await teacher.waitForTimeout(1000);
      await teacher.reload();
    }
    expect(readPercent).toMatch(/^[1-9]\d? %$/);
    expect(Number(await row().getByTestId("cards-added").textContent())).toBeGreaterThanOrEqual(cardsAdded);
    expect(cardsAdded).toBeGreaterThan(0);
    // Sorting by "Read" puts the furthest reader first.
    await teacher.getByRole("link", { name: /^Read/ }).click();
    await teacher.waitForURL((url) => url.searchParams.get("sort") === "read");
    expect(await teacher.getByTestId("dashboard").locator("th[aria-sort]").textContent()).toContain("Read");
    // Pre-teaching lists words of the text the class doesn't know yet.
    expect(await teacher.getByTestId("pre-teach-form").locator('input[name="lexemeIds"]').count()).toBeGreaterThan(0);
  });

  it("keeps the learner out of the teacher's dashboard", async () => {
    const assignmentUrl = teacher.url().split("?")[0]!;
    const response = await learner.goto(assignmentUrl);
    expect(new URL(learner.url()).pathname).not.toContain("/teach/");
    expect(response?.status()).toBeLessThan(500);
  });

  it("withdrawing an assignment asks first, and Cancel keeps it", async () => {
    await teacher.goto(classUrl);
    const assignments = teacher.getByTestId("assignment-list");
    const item = assignments.getByRole("listitem").filter({ hasText: new RegExp(SEED_TITLE_START) });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole("button", { name: /^Withdraw/ }).click();
    // Armed, not sent: the confirming button has focus; Cancel disarms it.
    const confirm = item.getByRole("button", { name: "Withdraw it?" });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await item.getByRole("button", { name: "Cancel" }).click();
    await teacher.reload();
    await expect.poll(() => item.count()).toBe(1);
    // Asked and confirmed: gone.
    await item.getByRole("button", { name: /^Withdraw/ }).click();
    await item.getByRole("button", { name: "Withdraw it?" }).click();
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
  });
});
