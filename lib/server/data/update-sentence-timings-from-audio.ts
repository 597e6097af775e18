import "server-only";
import { db } from "../db";
import { AppError, notFoundError } from "../errors";
import type { Actor } from "../actor";
import { ownedTextWhere } from "../access/text-access";
import type { SentenceTimingsInput } from "@/lib/validation/audio-timings";

/**
 * Saves sentence starts the owner of text `textId` marked while listening to
 * its audio (for texts without subtitle timings): each marked sentence runs
 * to the next mark, the last to `endMs`. NOT_FOUND for a text the actor does
 * not own or that has no audio; INVALID_INPUT for a sentence it does not have.
 *
 * @example
 * await updateSentenceTimingsFromAudio(actor, textId, { marks: [{ index: 0, startMs: 0 }, { index: 1, startMs: 2300 }], endMs: 5000 });
 */
export async function updateSentenceTimingsFromAudio(actor: Actor, textId: string, input: SentenceTimingsInput) {
  const text = await db.text.findFirst({
    where: { id: textId, status: "READY", audio: { isNot: null }, ...ownedTextWhere(actor) },
    select: { id: true, sentenceCount: true },
  });
  if (!text) throw notFoundError("That text's audio");
  const last = input.marks[input.marks.length - 1]!;
  if (last.index >= text.sentenceCount) throw new AppError("INVALID_INPUT", "That sentence is not in the text.");
  if (input.endMs <= last.startMs) throw new AppError("INVALID_INPUT", "The last sentence must end after it starts.");
  const ends = input.marks.map((m, i) => input.marks[i + 1]?.startMs ?? input.endMs);
  await db.$executeRaw`
    UPDATE "Sentence" s SET "startMs" = m.start_ms, "endMs" = m.end_ms
    FROM unnest(${input.marks.map((m) => m.index)}::int[], ${input.marks.map((m) => m.startMs)}::int[], ${ends}::int[])
      AS m(idx, start_ms, end_ms)
    WHERE s."textId" = ${text.id} AND s."index" = m.idx`;
  return { saved: input.marks.length };
}
