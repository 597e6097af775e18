// POST /api/account/import – merge the signed-in learner's own JSON export (body: the file) back into their data.
import { withActor } from "@/lib/server/http/route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { importUserData } from "@/lib/server/data/import-user-data";
import {
  describeImportIssues,
  MAX_USER_DATA_IMPORT_BYTES,
  userDataImportSchema,
} from "@/lib/validation/user-data-import";

export const dynamic = "force-dynamic";

export const POST = withActor(
  { signedOut: "Sign in to import your data.", name: "account import", sameOrigin: true },
  async ({ actor, request }) => {
    const body = await readJsonBody(request, MAX_USER_DATA_IMPORT_BYTES);
    if (!body.ok) {
      return body.response.status === 413
        ? Response.json(
            { error: "The file is larger than 20 MB; this is not an export from Lesefluss." },
            { status: 413 },
          )
        : Response.json({ error: "The file is not a Lesefluss export (it is not readable JSON)." }, { status: 400 });
    }
    const parsed = userDataImportSchema.safeParse(body.value);
    if (!parsed.success) {
      const problems = describeImportIssues(parsed.error);
      const more = parsed.error.issues.length - problems.length;
      return Response.json(
        {
          error: `The file could not be imported: ${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? "" : "s"}. Nothing was changed.`,
          problems: more > 0 ? [...problems, `… and ${more} more.`] : problems,
        },
        { status: 400 },
      );
    }
    return Response.json(await importUserData(actor, parsed.data));
  },
);
