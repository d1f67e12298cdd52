import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type DefaultSession, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/locales";
import { sendSignInLink } from "@/lib/email/send-sign-in-link";
import { clientAddress } from "@/lib/http/client-address";
import { deviceFromHeaders, rememberDevice } from "./device";
import { claimAccountByEmailLink, redeemEmailVerification } from "./email-verification";
import { checkPasswordSignIn } from "./password-sign-in";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { endSessionsIfCurrent, grantedVersion, sessionGrant, sessionHolder } from "./session-version";

declare module "next-auth" {
  interface Session {
    user: { id: string; locale?: AppLocale | null; verified: boolean } & DefaultSession["user"];
  }
  interface User {
    locale?: AppLocale | null;
    sessionVersion?: number;
  }
}

/** Too many attempts: shown as its own message (it reveals nothing about the account). */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const EXPECTED_AUTH_ERRORS = new Set(["CredentialsSignin", "Verification"]);

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => {
  const config = env();
  return {
    adapter: PrismaAdapter(db() as never),
    secret: config.AUTH_SECRET,
    trustHost: true,
    // JWT sessions in an encrypted cookie (required for password sign-in). Each request checks the
    // token's session version against the user's (lib/auth/session-version.ts), so signing out
    // ends a session for good; membership and role are re-read from the database too.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    // Auth.js's own token format; a token is decrypted once, not on every request (lib/auth/session-token.ts).
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    logger: {
      // A wrong password or a used link is an everyday event, not a server error: one line, no stack.
      error(error: Error) {
        const type = (error as Error & { type?: string }).type;
        if (type && EXPECTED_AUTH_ERRORS.has(type)) console.warn(`[auth] ${type}`);
        else console.error("[auth]", error);
      },
    },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await checkPasswordSignIn({ ...parsed.data, device: deviceFromHeaders(request.headers), address: clientAddress(request.headers) });
          if (result.outcome === "limited") throw new RateLimitedSignIn();
          return result.outcome === "ok" ? result.user : null;
        },
      }),
      // The link that confirms a new account's email (/verify-email/<token>) signs in with it.
      Credentials({
        id: "email-verification",
        credentials: { token: {} },
        async authorize(raw) {
          return redeemEmailVerification(typeof raw?.token === "string" ? raw.token : "");
        },
      }),
      Nodemailer({
        id: "nodemailer",
        server: config.SMTP_URL ?? "smtp://127.0.0.1:25",
        from: config.MAIL_FROM,
        maxAge: 60 * 60,
        async sendVerificationRequest({ identifier, url, request }) {
          await sendSignInLink(identifier.toLowerCase(), url, clientAddress(request.headers));
        },
      }),
    ],
    callbacks: {
      // Auth.js compares redirects with the request's origin, which Next.js reports as
      // "localhost" for any loopback address; APP_URL is where users really are.
      redirect({ url, baseUrl }) {
        const appOrigin = new URL(config.APP_URL).origin;
        if (url.startsWith("/")) return `${appOrigin}${url}`;
        const target = new URL(url);
        return target.origin === appOrigin || target.origin === baseUrl ? url : appOrigin;
      },
      // An emailed link proves the address: an account whose address was never proved is claimed
      // by the link's reader (its password dropped, its other sessions ended).
      async signIn({ user, account, email }) {
        if (account?.provider === "nodemailer" && !email?.verificationRequest && user.id) await claimAccountByEmailLink(user.id);
        return true;
      },
      async jwt({ token, user, trigger, session }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion;
          token.locale = user.locale ?? null;
          token.verified = !!(user as { emailVerified?: Date | null }).emailVerified;
          return token;
        }
        // The session that just changed its password carries on with the new version.
        if (trigger === "update") token.sv = grantedVersion(token.sub, session?.sessionGrant) ?? token.sv;
        const holder = await sessionHolder(token.sub, token.sv);
        if (!holder) return null; // signed out, or the user is gone: the cookie is cleared
        return { ...token, email: holder.email, name: holder.name, locale: holder.locale, verified: holder.verified };
      },
      async session({ session, token }) {
        session.user.id = token.sub!;
        session.user.locale = isLocale(token.locale) ? token.locale : null;
        session.user.verified = token.verified === true;
        return session;
      },
    },
    events: {
      async signIn({ user }) {
        // A browser that signed in to a proved account may keep trying its password when others'
        // failures have paused password sign-in for it (lib/auth/password-sign-in.ts).
        if (user.id && (user as { emailVerified?: Date | null }).emailVerified) await rememberDevice(user.id).catch(() => {});
      },
      async signOut(message) {
        if ("token" in message && message.token) await endSessionsIfCurrent(message.token.sub, message.token.sv);
      },
    },
  };
});

/**
 * Moves this request's session on to the user's new session version, so the session that changed
 * the password stays signed in while every other one has ended. Only from a server action.
 */
export async function keepThisSession(userId: string, version: number): Promise<void> {
  // Auth.js hands what `update` is given to the jwt callback (trigger "update") as `session`.
  await unstable_update({ sessionGrant: sessionGrant(userId, version) } as unknown as Partial<Session>);
}
