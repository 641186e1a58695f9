import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import type { NextRequest } from "next/server";
import type { Adapter } from "next-auth/adapters";
import type { EmailConfig } from "next-auth/providers/email";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { signingKey } from "@/lib/security/secret";
import { afterSignIn } from "./after-sign-in";
import { normalizeEmailIdentifier } from "./email-identifier";
import { admitSignInLink, refusedByLimits } from "./sign-in-limits";
import { sendSignInLink } from "./sign-in-mail";
import { hasUsableForwardedHeaders } from "@/lib/security/request-checks";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "shopper" | "staff" | "admin"; locale: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: "shopper" | "staff" | "admin";
    locale?: string | null;
  }
}

/** Magic links through the store's own mail module (dev mailbox without SMTP); 15 minutes, single use. */
const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: 15 * 60,
  normalizeIdentifier: normalizeEmailIdentifier,
  sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink({ email: identifier, url, expires }),
};

/** OAuth sign-in turns on only for providers whose keys are set (documented in the README). */
function oauthProviders() {
  return [
    ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
    ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
  ];
}

export const oauthProviderIds = () => oauthProviders().map((provider) => provider.id);

/** Auth.js makes every session token a UUID (crypto.randomUUID). */
const sessionTokenPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A session cookie holding anything else is forged: no session, without asking the database (a NUL
 * in it made the lookup fail and Auth.js log an adapter error on every such request).
 */
function forgedTokensRefused(adapter: Adapter): Adapter {
  return {
    ...adapter,
    getSessionAndUser: async (token) => (sessionTokenPattern.test(token) ? adapter.getSessionAndUser!(token) : null),
    deleteSession: async (token) => {
      if (sessionTokenPattern.test(token)) await adapter.deleteSession!(token);
    },
  };
}

/**
 * Auth.js with sessions in the store's database. Configured lazily because the database handle
 * and the signing key (AUTH_SECRET, or the key generated into the database) are only known then.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  secret: (await signingKey()).toString(),
  trustHost: true,
  adapter: forgedTokensRefused(DrizzleAdapter(await getDb(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens })),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  providers: [magicLink, ...oauthProviders()],
  pages: { signIn: "/en/sign-in", verifyRequest: "/en/sign-in?sent=1", error: "/en/sign-in" },
  // A link refused by the limits is an expected AccessDenied, answered as such by the caller.
  logger: {
    error(error) {
      if (!refusedByLimits()) console.error("[auth][error]", error);
    },
  },
  callbacks: {
    // Runs before a magic link's token is stored or its mail sent (and for every other sign-in, which passes).
    signIn: ({ user, email }) => (email?.verificationRequest ? admitSignInLink(user.email ?? "") : true),
    // Land only on this store, judged by SITE_URL (the request's own host may be an internal name).
    redirect({ url }) {
      const site = new URL(env.SITE_URL);
      const target = new URL(url, site);
      return target.origin === site.origin ? target.toString() : `${site.origin}/`;
    },
    session({ session, user }) {
      session.user.id = user.id;
      session.user.role = user.role ?? "shopper";
      session.user.locale = user.locale ?? null;
      return session;
    },
  },
  events: {
    async signIn({ user, account, isNewUser }) {
      if (user.id) await afterSignIn({ userId: user.id, email: user.email ?? null, emailVerified: account?.type === "email", isNewUser: isNewUser === true });
    },
  },
}));

/** Where Auth.js keeps the page to return to after signing in, over http and over https. */
const callbackUrlCookies = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/**
 * Auth.js takes a callback URL that is not an http(s) URL (in the query, or its cookie) for a server
 * misconfiguration: its session, CSRF and providers endpoints answer 500. That is the client's
 * mistake: refused here with a 400 before Auth.js sees the request. Auth.js's own test, repeated.
 */
export function refuseBadCallbackUrl(request: NextRequest): Response | null {
  // Auth.js builds the site's URL from these: an unusable one is a 500 inside it.
  if (!hasUsableForwardedHeaders(request.headers)) return Response.json({ error: "invalid_forwarded_header" }, { status: 400 });
  const given = [request.nextUrl.searchParams.get("callbackUrl"), ...callbackUrlCookies.map((name) => request.cookies.get(name)?.value)];
  const isHttpUrl = (url: string) => {
    try {
      return /^https?:/.test(new URL(url, url.startsWith("/") ? request.nextUrl.origin : undefined).protocol);
    } catch {
      return false;
    }
  };
  return given.some((url) => url && !isHttpUrl(url)) ? Response.json({ error: "invalid_callback_url" }, { status: 400 }) : null;
}
