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

  it("follow-along turns to the next page when the audio plays on past the page, without stopping", async () => {
    // Enough subtitled sentences for two reader pages, one short cue each.
    const subjects = ["Der Hund", "Die Katze", "Mein Bruder", "Unsere Nachbarin", "Das Kind"];
    const places = ["durch den Park", "zum Bahnhof", "über die Brücke", "in die Stadt", "an den See"];
    const cue = (ms: number) =>
      `${String(Math.floor(ms / 3_600_000)).padStart(2, "0")}:${String(Math.floor(ms / 60_000) % 60).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")},${String(ms % 1000).padStart(3, "0")}`;
    const cues = Array.from({ length: 160 }, (_, i) => {
      const line = `${subjects[i % 5]} geht heute langsam ${places[Math.floor(i / 5) % 5]} und singt dabei ein Lied.`;
      return `${i + 1}\n${cue(i * 200)} --> ${cue(i * 200 + 190)}\n${line}\n`;
    }).join("\n");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_LEARNER);
    await page.goto(`${BASE_URL}/import`);
    await page.getByLabel("Upload file").check();
    await page.getByLabel("Title (optional)").fill("Lange Folge");
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "lang.srt", mimeType: "application/x-subrip", buffer: Buffer.from(cues) });
    await page
      .getByLabel("Audio, optional — read along")
      .setInputFiles({ name: "lang.wav", mimeType: "audio/wav", buffer: Buffer.from(toneWav(34)) });
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/read/"), { timeout: 60_000 });
    await page.waitForSelector('[data-testid="reader"] [data-token-index]');
    await page.getByRole("navigation", { name: "Pages" }).first().waitFor();

    const last = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll<HTMLElement>("[data-sentence-index]")].map((el) =>
          Number(el.dataset.sentenceIndex),
        ),
      ),
    );
    const lastPlay = page.getByRole("button", { name: `Play sentence ${last + 1}`, exact: true });
    const [lastStart] = (await lastPlay.getAttribute("data-span"))!.split("-").map(Number) as [number, number];
    await page.evaluate((ms) => {
      document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]')!.currentTime = ms / 1000;
    }, lastStart);
    await page.getByRole("button", { name: "Play", exact: true }).click();

    await page.waitForURL((url) => url.searchParams.get("page") === "2", { timeout: 15_000 });
    // The next page's sentences are shown and the spoken one is marked, while the same audio plays on.
    await page.waitForSelector(`[data-sentence-index="${last + 1}"]`);
    // Read in one go once a sentence is marked: between two cues (190 ms of a 200 ms step) none is.
    const marked = await page.waitForFunction(
      () => {
        const audio = document.querySelector<HTMLAudioElement>('[data-testid="text-audio"]')!;
        const speaking = document.querySelector<HTMLElement>('[data-speaking="true"]');
        const sentence = speaking?.closest<HTMLElement>("[data-sentence-index]");
        if (!sentence) return null;
        return {
          ms: audio.currentTime * 1000,
          isPlaying: !audio.paused,
          speaking: Number(sentence.dataset.sentenceIndex),
        };
      },
      undefined,
      { timeout: 10_000 },
    );
    const after = (await marked.jsonValue())!;
    expect(after.isPlaying).toBe(true);
    expect(after.speaking).toBeGreaterThan(last);
    expect(after.ms).toBeGreaterThan(lastStart);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await context.close();
  });
});
