import "server-only";
import crypto from "node:crypto";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "./data/verify-credentials";
import { getSessionState } from "./data/get-session-state";
import { revokeSession } from "./data/revoke-session";
import { isAppError } from "./errors";
import { env } from "@/lib/env";
import { clientAddressOf } from "./http/client-address";
import { safeCallbackUrl } from "@/lib/validation/safe-callback-url";
import type { Actor, Role } from "./actor";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** User.sessionVersion when the token was issued; an older value is a revoked session. */
    sv?: number;
    /** This session's id: signing out revokes it (RevokedSession), whoever holds a copy. */
    sid?: string;
  }
}

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
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
            clientAddressOf(req?.headers as Record<string, unknown> | undefined),
          );
          return user
            ? { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion }
            : null;
        } catch (error) {
          // next-auth passes the message to the client as `error`.
          if (isAppError(error)) throw new Error(error.message);
          console.error("sign-in failed", error);
          throw new Error("Sign-in is unavailable right now. Please try again.");
        }
      },
    }),
  ],
  events: {
    // Signing out ends this token on the server too, not only in this browser: a copy of it stops working.
    async signOut({ token }) {
      if (!token?.uid || !token.sid) return;
      const expiresAt =
        typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
      await revokeSession(token.uid, token.sid, expiresAt);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = crypto.randomUUID();
        return token;
      }
      if (!token.uid) return token;
      // Every use of a session asks the database whether it still stands: sign-out everywhere, a password
      // change and account deletion then end every copy of the token at once, on every instance.
      const state = await getSessionState(token.uid, token.sid ?? null);
      if (!state || state.isRevoked || state.sessionVersion !== (token.sv ?? 0)) return {};
      token.role = state.role;
      return token;
    },
    // Only paths on this site (issue 14): next-auth's default accepts "/\\evil.example", which browsers read as another host.
    redirect({ url, baseUrl }) {
      const isOwnAbsolute = url === baseUrl || url.startsWith(`${baseUrl}/`);
      return `${baseUrl}${safeCallbackUrl(isOwnAbsolute ? url.slice(baseUrl.length) || "/" : url)}`;
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
