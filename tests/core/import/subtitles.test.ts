import { describe, expect, it } from "vitest";
import {
  cleanCueText,
  joinCues,
  parseSubtitles,
  parseTimestamp,
  timeSentences,
} from "@/lib/core/import/formats/subtitles";

describe("subtitle parsing", () => {
  it.each([
    ["00:00:01,000", 1000],
    ["01:02:03.456", 3_723_456],
    ["02:03.5", 123_500],
  ])("timestamp %s → %d ms", (value, ms) => expect(parseTimestamp(value)).toBe(ms));

  it("cleans markup, entities, sound descriptions and dialogue dashes", () => {
    expect(cleanCueText("<v Anna>- Hallo &amp; <i>willkommen</i>!</v>\n- Danke. [Musik]")).toBe(
      "Hallo & willkommen! Danke.",
    );
  });

  it("reads CRLF SubRip and WebVTT with settings, NOTE and STYLE blocks, in time order", () => {
    const srt = "2\r\n00:00:05,000 --> 00:00:06,000\r\nZwei.\r\n\r\n1\r\n00:00:01,000 --> 00:00:03,000\r\nEins.\r\n";
    expect(parseSubtitles(srt).map((c) => c.text)).toEqual(["Eins.", "Zwei."]);
    const vtt =
      "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nNOTE zwei\nZeilen\n\na\n00:01.000 --> 00:02.000 align:start\nEins.\n";
    expect(parseSubtitles(vtt)).toEqual([{ fromMs: 1000, toMs: 2000, text: "Eins." }]);
  });

  it("refuses text without cues", () => {
    expect(() => parseSubtitles("Kein Untertitel")).toThrow(/No subtitles were found/);
  });

  it("gives each sentence its share of the cue time, across cues", () => {
    const { text, cues } = joinCues([
      { fromMs: 0, toMs: 2000, text: "Ja. Nein." },
      { fromMs: 1500, toMs: 4000, text: "Vielleicht doch." },
    ]);
    expect(text).toBe("Ja. Nein. Vielleicht doch.");
    const timed = timeSentences(cues, [
      { start: 0, end: 3 },
      { start: 4, end: 9 },
      { start: 10, end: 26 },
    ]);
    expect(timed[0]).toEqual({ startMs: 0, endMs: Math.round((3 / 9) * 2000) });
    expect(timed[1]!.endMs).toBe(2000);
    expect(timed[2]).toEqual({ startMs: 1500, endMs: 4000 });
  });
});
