import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { SecondFactorNeeded, signInWithMagicLink, signInWithPassword } from "./sign-in/credentials";
import { revokeAuthSession, sessionLimits } from "./sessions/store";
import { usesSecureCookies } from "./sessions/token";

// next-auth v4 is kept behind lib/auth: the rest of the app asks lib/auth/session.ts "who is this?".
// The JWT carries only a session-row id and the user's sessionVersion; everything else is read from
// the database on each request, so revocation is immediate.

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(forwardedFor: string | null | undefined): string {
  return forwardedFor?.split(",")[0]?.trim() || "unknown";
}

export const authOptions: AuthOptions = {
  // Read when next-auth needs it, not at import (the build has no secrets).
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  // Stated, not inferred from each request, so lib/auth/sessions/token.ts reads the same cookie name.
  get useSecureCookies() {
    return usesSecureCookies();
  },
  session: {
    strategy: "jwt",
    // The cookie's own lifetime is the longest any role may have; the session row enforces the rest.
    get maxAge() {
      return Math.ceil(sessionLimits("CLIENT").maxMs / 1000);
    },
  },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        try {
          const signedIn = await signInWithPassword(credentials, {
            ip: clientIp(header(req?.headers, "x-forwarded-for")),
            userAgent: header(req?.headers, "user-agent"),
          });
          if (!signedIn) return null;
          return { id: signedIn.userId, sid: signedIn.sessionId, sv: signedIn.sessionVersion };
        } catch (error) {
          // next-auth passes an Error's message to the sign-in form as `error`.
          if (isAppError(error) && error.code === "rate_limited") throw new Error("RateLimited");
          if (error instanceof SecondFactorNeeded) throw new Error(error.message);
          throw error;
        }
      },
    }),
    // Clients only: the token from an emailed sign-in link, sent by the "Continue" button (a POST,
    // so mail scanners that open links do not use it up).
    CredentialsProvider({
      id: "magic-link",
      name: "Email link",
      credentials: { token: { type: "text" } },
      async authorize(credentials, req) {
        const signedIn = await signInWithMagicLink(credentials, {
          ip: clientIp(header(req?.headers, "x-forwarded-for")),
          userAgent: header(req?.headers, "user-agent"),
        });
        if (!signedIn) return null;
        return { id: signedIn.userId, sid: signedIn.sessionId, sv: signedIn.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only the values set at sign-in are kept: session.update() payloads from the browser are ignored.
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; sid: string; sv: number };
        return { sub: signedIn.id, sid: signedIn.sid, sv: signedIn.sv };
      }
      return { sub: token.sub, sid: token.sid, sv: token.sv };
    },
    async session({ session, token }) {
      return { expires: session.expires, sid: token.sid, sv: token.sv };
    },
    // Callback URLs stay on our origin.
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // fall through to the home page
      }
      return baseUrl;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeAuthSession(token.sid);
    },
  },
};

declare module "next-auth" {
  interface Session {
    sid?: string;
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}
