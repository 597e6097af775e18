// GET /api/export/[format] – the signed-in learner's cards as an Anki package (apkg) or CSV (csv).
import { withActor } from "@/lib/server/http/route";
import { parseIdOrNotFound } from "@/lib/server/parse-input";
import { exportCards } from "@/lib/server/data/export-cards";
import { exportFormatSchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const GET = withActor<{ format: string }>(
  { signedOut: "Sign in to export your cards.", name: "card export" },
  async ({ actor, params }) => {
    // An unknown format is an address that does not exist: 404.
    const format = parseIdOrNotFound(exportFormatSchema, params.format, "That export format");
    const file = await exportCards(actor, format);
    return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
