import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "./data/verify-credentials";
import { isAppError } from "./errors";
import { env } from "@/lib/env";
import type { Actor, Role } from "./actor";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
  }
}

function clientKeyOf(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0]!.trim();
  return "direct";
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // __Secure- cookies with the Secure flag whenever the public URL is https (HttpOnly and SameSite=Lax are next-auth's defaults).
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(
            { email: credentials?.email, password: credentials?.password },
            clientKeyOf(req?.headers as Record<string, unknown> | undefined),
          );
          return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
        } catch (error) {
          // next-auth passes the message to the client as `error`.
          if (isAppError(error)) throw new Error(error.message);
          console.error("sign-in failed", error);
          throw new Error("Sign-in is unavailable right now. Please try again.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = {
          id: token.uid,
          role: token.role,
          name: session.user?.name ?? "",
          email: session.user?.email ?? "",
        };
      }
      return session;
    },
  },
};

/** The current session (deduplicated per request). */
export const auth = cache(() => getServerSession(authOptions));

/** The signed-in user as an Actor, or null. */
export async function getActor(): Promise<(Actor & { name: string; email: string }) | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** For pages and actions: the signed-in user, or a redirect to sign-in. */
export async function requireUser() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

/** For teacher pages: a teacher, or a redirect (learners go to their library). */
export async function requireTeacher() {
  const actor = await requireUser();
  if (actor.role !== "TEACHER") redirect("/library");
  return actor;
}
