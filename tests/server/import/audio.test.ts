// Issue 16: audio read along with a text is stored outside the web root,
// sniffed by its bytes, capped in size, and given only to those who may read
// the text — and teachers assign subtitled texts like any other text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { startImportJob } from "@/lib/server/data/start-import-job";
import { getImportJob } from "@/lib/server/data/get-import-job";
import { attachTextAudio, MAX_AUDIO_BYTES } from "@/lib/server/data/attach-text-audio";
import { getTextAudio } from "@/lib/server/data/get-text-audio";
import { getTextMedia } from "@/lib/server/data/get-text-media";
import { createAssignment } from "@/lib/server/data/create-assignment";
import { getAssignmentDashboard } from "@/lib/server/data/get-assignment-dashboard";
import { parseByteRange } from "@/lib/server/http/byte-range";
import { sniffAudioType } from "@/lib/core/import/formats/audio-type";
import { createAssignmentSchema } from "@/lib/validation/teach";
import { dictionarySettingsSchema } from "@/lib/validation/dictionaries";
import { getDictionarySettings, updateDictionarySettings } from "@/lib/server/data/update-dictionary-settings";
import type { Actor } from "@/lib/server/actor";
import { makeUser, TEST_PASSWORD } from "../../helpers/factories";
import { deleteAccount } from "@/lib/server/data/delete-account";
import { updateSentenceTimingsFromAudio } from "@/lib/server/data/update-sentence-timings-from-audio";
import { sentenceTimingsSchema } from "@/lib/validation/audio-timings";
import { expectAppError } from "../../helpers/expect-app-error";
import { parsed } from "../../helpers/parsed";
import { makeClass } from "../teach/fixtures";
import { SRT, toneWav } from "./format-files";

const streamOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]).stream();

let dataDir = "";
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lesefluss-audio-"));
  process.env.LESEFLUSS_DATA_DIR = dataDir;
});

async function subtitledText(owner: Actor): Promise<string> {
  const { jobId, completion } = await startImportJob(owner, {
    mode: "upload",
    file: { name: "folge.srt", bytes: new TextEncoder().encode(SRT) },
  });
  await completion;
  return (await getImportJob(owner, jobId)).textId!;
}

const audioFiles = () =>
  fs.existsSync(path.join(dataDir, "audio")) ? fs.readdirSync(path.join(dataDir, "audio")) : [];

describe("text audio", () => {
  it("stores a WAV under the data folder and serves it to the owner and an assigned class, not to strangers", async () => {
    const teacher = await makeUser("TEACHER");
    const learner = await makeUser();
    const stranger = await makeUser();
    const textId = await subtitledText(teacher);
    const wav = toneWav(1);
    await attachTextAudio(teacher, textId, streamOf(wav));

    const audio = await getTextAudio(teacher, textId);
    expect(audio).toMatchObject({ mimeType: "audio/wav", byteSize: wav.length });
    expect(path.dirname(audio.path)).toBe(path.join(dataDir, "audio"));
    expect(new Uint8Array(fs.readFileSync(audio.path))).toEqual(wav);
    expect((await getTextMedia(teacher, textId)).audio?.url).toMatch(
      new RegExp(`^/api/texts/${textId}/audio\\?v=\\d+$`),
    );

    await expectAppError(getTextAudio(learner, textId), "NOT_FOUND");
    // Assigned to the learner's class: a subtitled text is a text like any other.
    const klass = await makeClass(teacher, [learner]);
    const assignment = await createAssignment(teacher, parsed(createAssignmentSchema, { classId: klass.id, textId }));
    expect((await getTextAudio(learner, textId)).mimeType).toBe("audio/wav");
    expect(Object.keys((await getTextMedia(learner, textId)).timings)).toHaveLength(3);
    const dashboard = await getAssignmentDashboard(teacher, assignment.id);
    expect(dashboard.rows.map((r) => r.learnerId)).toContain(learner.id);
    expect(dashboard.text.sentenceCount).toBe(3);
    await expectAppError(getTextAudio(stranger, textId), "NOT_FOUND");
    // Only the owner may attach audio.
    await expectAppError(attachTextAudio(learner, textId, streamOf(wav)), "NOT_FOUND");
  });

  it("replaces the previous file and removes it from disk", async () => {
    const owner = await makeUser();
    const textId = await subtitledText(owner);
    await attachTextAudio(owner, textId, streamOf(toneWav(0.5)));
    const first = (await getTextAudio(owner, textId)).path;
    await attachTextAudio(owner, textId, streamOf(toneWav(0.25)));
    const second = (await getTextAudio(owner, textId)).path;
    expect(second).not.toBe(first);
    expect(fs.existsSync(first)).toBe(false);
    expect(fs.existsSync(second)).toBe(true);
  });

  it("removes the audio file from disk when its owner deletes the account", async () => {
    const owner = await makeUser();
    const textId = await subtitledText(owner);
    await attachTextAudio(owner, textId, streamOf(toneWav(0.25)));
    const file = (await getTextAudio(owner, textId)).path;
    await deleteAccount(owner, { password: TEST_PASSWORD });
    expect(fs.existsSync(file)).toBe(false);
  });

  it("refuses a file that is not audio, whatever its name, and keeps nothing", async () => {
    const owner = await makeUser();
    const textId = await subtitledText(owner);
    const before = audioFiles().length;
    const error = await expectAppError(
      attachTextAudio(owner, textId, streamOf(new TextEncoder().encode("<html>not audio</html>"))),
      "INVALID_INPUT",
    );
    expect(error.message).toMatch(/MP3, M4A, Ogg, Opus or WAV/);
    expect(await db.textAudio.count({ where: { textId } })).toBe(0);
    expect(audioFiles()).toHaveLength(before);
  });

  it("stops reading an upload over the size limit and keeps nothing", async () => {
    const owner = await makeUser();
    const textId = await subtitledText(owner);
    const chunk = new Uint8Array(1024 * 1024);
    chunk.set(toneWav(0).subarray(0, 44));
    let sent = 0;
    const tooLarge = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_AUDIO_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const error = await expectAppError(attachTextAudio(owner, textId, tooLarge), "INVALID_INPUT");
    expect(error.message).toMatch(/larger than 100 MB/);
    expect(await db.textAudio.count({ where: { textId } })).toBe(0);
  });
});

describe("audio sniffing and ranges", () => {
  it.each([
    ["wav", toneWav(0.01), "audio/wav"],
    ["ogg", new TextEncoder().encode("OggS\0\u0002\0\0\0\0\0\0\0\0OpusHead"), "audio/ogg"],
    ["m4a", new Uint8Array([0, 0, 0, 0x20, ...new TextEncoder().encode("ftypM4A \0\0\0\0")]), "audio/mp4"],
    ["mp3 with ID3", new TextEncoder().encode("ID3\u0004\0\0\0\0\0\0"), "audio/mpeg"],
    ["mp3 frame", new Uint8Array([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg"],
    ["mp4 video", new Uint8Array([0, 0, 0, 0x20, ...new TextEncoder().encode("ftypqt  ")]), null],
    ["html", new TextEncoder().encode("<!doctype html>"), null],
  ] as const)("%s → %s", (_, bytes, type) => expect(sniffAudioType(bytes)).toBe(type));

  it.each([
    [null, null],
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=900-", { start: 900, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=990-2000", { start: 990, end: 999 }],
    ["bytes=1000-", "invalid"],
    ["bytes=5-2", "invalid"],
    ["bytes=0-1,5-6", "invalid"],
    ["items=0-1", "invalid"],
  ] as const)("Range %s of 1,000 bytes → %j", (header, range) => expect(parseByteRange(header, 1000)).toEqual(range));
});

describe("dictionary settings", () => {
  it("saves the learner's dictionaries and gives them to the reader with any text they read", async () => {
    const learner = await makeUser();
    const textId = await subtitledText(learner);
    expect((await getTextMedia(learner, textId)).dictionaries).toEqual({ dictionaries: [], dictionaryUrl: null });
    await updateDictionarySettings(
      learner,
      parsed(dictionarySettingsSchema, {
        dictionaries: ["linguee", "custom"],
        dictionaryUrl: "https://example.org/{lemma}",
      }),
    );
    expect((await getTextMedia(learner, textId)).dictionaries).toEqual({
      dictionaries: ["linguee", "custom"],
      dictionaryUrl: "https://example.org/{lemma}",
    });
    expect(await getDictionarySettings(learner)).toEqual({
      dictionaries: ["linguee", "custom"],
      dictionaryUrl: "https://example.org/{lemma}",
    });
  });
});

describe("sentence starts marked while listening", () => {
  it("saves the owner's marks as timings: each sentence runs to the next mark, the last to the end", async () => {
    const owner = await makeUser();
    const { jobId, completion } = await startImportJob(owner, {
      mode: "paste",
      content: "Der Hund schläft im Garten. Die Katze sitzt auf dem Dach. Der Vogel singt im Baum.",
    });
    await completion;
    const textId = (await getImportJob(owner, jobId)).textId!;
    // Without audio there is nothing to mark against.
    await expectAppError(
      updateSentenceTimingsFromAudio(owner, textId, { marks: [{ index: 0, startMs: 0 }], endMs: 10 }),
      "NOT_FOUND",
    );
    await attachTextAudio(owner, textId, streamOf(toneWav(1)));
    expect((await getTextMedia(owner, textId)).canMarkTimings).toBe(true);
    await updateSentenceTimingsFromAudio(
      owner,
      textId,
      parsed(sentenceTimingsSchema, {
        marks: [
          { index: 0, startMs: 100 },
          { index: 1, startMs: 1_400 },
          { index: 2, startMs: 2_900 },
        ],
        endMs: 4_000,
      }),
    );
    const media = await getTextMedia(owner, textId);
    expect(media.timings).toEqual({ 0: [100, 1_400], 1: [1_400, 2_900], 2: [2_900, 4_000] });
    expect(media.canMarkTimings).toBe(false);
    // One reader page, starting at the first sentence: the follow-along has nowhere to turn to.
    expect(media.pageStarts).toEqual([0]);
    await expectAppError(
      updateSentenceTimingsFromAudio(owner, textId, { marks: [{ index: 3, startMs: 0 }], endMs: 10 }),
      "INVALID_INPUT",
    );
    const outOfOrder = sentenceTimingsSchema.safeParse({
      marks: [
        { index: 1, startMs: 500 },
        { index: 0, startMs: 900 },
      ],
      endMs: 1000,
    });
    expect(outOfOrder.success).toBe(false);
  });
});
