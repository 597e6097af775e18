// GET /api/export/[format] – the signed-in learner's cards: an Anki package (apkg; ?history=0 for new cards), an Anki CSV (anki-csv) or a spreadsheet CSV (csv).
import { withActor } from "@/lib/server/http/route";
import { parseIdOrNotFound } from "@/lib/server/parse-input";
import { exportCards } from "@/lib/server/data/export-cards";
import { exportFormatSchema, exportHistorySchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export const GET = withActor<{ format: string }>(
  { signedOut: "Sign in to export your cards.", name: "card export" },
  async ({ actor, request, params }) => {
    // An unknown format is an address that does not exist: 404.
    const format = parseIdOrNotFound(exportFormatSchema, params.format, "That export format");
    // A bad ?history= is a ZodError: 400 with its issues.
    const withHistory = exportHistorySchema.parse(new URL(request.url).searchParams.get("history") ?? undefined);
    const file = await exportCards(actor, format, new Date(), { withHistory });
    return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
