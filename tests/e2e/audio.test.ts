// Issue 16: a text imported from subtitles with its audio plays a sentence's
// own span when its control is pressed, and highlights the sentence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { BASE_URL, DEMO_LEARNER, launchBrowser, signIn } from "./browser";
import { SRT, toneWav } from "../server/import/format-files";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("audio with subtitles", () => {
  it("plays the second sentence's span when its control is pressed and highlights it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/import`);
    await page.getByLabel("Upload file").check();
    await page.getByLabel("Title (optional)").fill("Folge eins");
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "folge.srt", mimeType: "application/x-subrip", buffer: Buffer.from(SRT) });
    await page
      .getByLabel("Audio, optional — read along")
      .setInputFiles({ name: "folge.wav", mimeType: "audio/wav", buffer: Buffer.from(toneWav(12)) });
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/read/"), { timeout: 60_000 });
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');

    const play = page.getByRole("button", { name: "Play sentence 2", exact: true });
    await play.waitFor();
    const [start, end] = (await play.getAttribute("data-span"))!.split("-").map(Number) as [number, number];
    expect(end).toBeGreaterThan(start);
    await play.click();

    // While it plays: the position is inside sentence 2's span, and sentence 2 is the highlighted one.
    await page.waitForFunction(() => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]');
      return audio !== null && !audio.paused && audio.currentTime > 0;
    });
    const during = await page.evaluate(() => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]')!;
      const sentence = document.querySelector<HTMLElement>('[data-sentence-index="1"]')!;
      return {
        ms: audio.currentTime * 1000,
        speaking: [...document.querySelectorAll('[data-speaking="true"]')].map(
          (b) => b.closest<HTMLElement>("[data-sentence-index]")?.dataset.sentenceIndex,
        ),
        background: getComputedStyle(sentence).backgroundColor,
        otherBackground: getComputedStyle(document.querySelector('[data-sentence-index="0"]')!).backgroundColor,
      };
    });
    expect(during.ms).toBeGreaterThanOrEqual(start - 50);
    expect(during.ms).toBeLessThan(end);
    expect(during.speaking).toEqual(["1"]);
    expect(during.background).not.toBe(during.otherBackground);

    // It stops at the end of the sentence's span, not at the end of the recording.
    await page.waitForFunction(
      () => document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]')!.paused,
      null,
      {
        timeout: 15_000,
      },
    );
    const stoppedAt = await page.evaluate(
      () => document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]')!.currentTime * 1000,
    );
    expect(stoppedAt).toBeGreaterThanOrEqual(end - 50);
    expect(stoppedAt).toBeLessThan(end + 500);
    await context.close();
  });
});
