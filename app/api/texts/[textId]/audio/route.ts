// GET /api/texts/[textId]/audio – the text's audio, with Range requests, to those who may read the text; PUT – its owner uploads (replaces) it.
import fs from "node:fs";
import { Readable } from "node:stream";
import { withActor } from "@/lib/server/http/route";
import { parseByteRange } from "@/lib/server/http/byte-range";
import { getTextAudio } from "@/lib/server/data/get-text-audio";
import { attachTextAudio, MAX_AUDIO_BYTES } from "@/lib/server/data/attach-text-audio";

export const dynamic = "force-dynamic";

export const GET = withActor<{ textId: string }>(
  { signedOut: "Sign in to listen.", name: "text audio" },
  async ({ actor, request, params }) => {
    const audio = await getTextAudio(actor, params.textId);
    const isCurrent = new URL(request.url).searchParams.get("v") === String(audio.version);
    const headers: Record<string, string> = {
      "content-type": audio.mimeType,
      "accept-ranges": "bytes",
      "cache-control": isCurrent ? "private, max-age=31536000, immutable" : "private, no-cache",
      "content-disposition": "inline",
    };
    const range = parseByteRange(request.headers.get("range"), audio.byteSize);
    if (range === "invalid") {
      return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${audio.byteSize}` } });
    }
    const { start, end } = range ?? { start: 0, end: audio.byteSize - 1 };
    const stream = Readable.toWeb(fs.createReadStream(audio.path, { start, end })) as ReadableStream<Uint8Array>;
    return new Response(stream, {
      status: range ? 206 : 200,
      headers: {
        ...headers,
        "content-length": String(end - start + 1),
        ...(range ? { "content-range": `bytes ${start}-${end}/${audio.byteSize}` } : {}),
      },
    });
  },
);

export const PUT = withActor<{ textId: string }>(
  { signedOut: "Sign in to add audio.", name: "text audio upload", sameOrigin: true },
  async ({ actor, request, params }) => {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_AUDIO_BYTES) {
      const message = `The audio file is larger than ${MAX_AUDIO_BYTES / 1024 / 1024} MB.`;
      return Response.json({ error: message, fieldErrors: { audio: [message] } }, { status: 413 });
    }
    const { byteSize } = await attachTextAudio(actor, params.textId, request.body);
    return Response.json({ byteSize }, { status: 201, headers: { "cache-control": "no-store" } });
  },
);
