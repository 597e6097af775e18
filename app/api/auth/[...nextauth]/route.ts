// GET/POST /api/auth/* – next-auth (credentials sign-in, session, sign-out)
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth";

const handler = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

// next-auth takes credentials only by POST and answers a GET of their callback with a 500.
async function GET(request: Request, context: unknown): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    return Response.json({ error: "Sign in with the form." }, { status: 405, headers: { allow: "POST" } });
  }
  return handler(request, context);
}

export { GET, handler as POST };
