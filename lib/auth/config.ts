import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/locales";
import { sendSignInLink } from "@/lib/email/send-sign-in-link";
import { verifyPassword } from "./password";
import { consumeRateLimit, resetRateLimit, SIGN_IN_LIMITS } from "./rate-limit";

declare module "next-auth" {
  interface Session {
    user: { id: string; locale?: AppLocale | null } & DefaultSession["user"];
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

/**
 * The client's address, only when a trusted proxy in front of the app sets X-Forwarded-For
 * (TRUST_PROXY=true); otherwise any client could pick its own address, and there is no other.
 */
function clientIp(request: Request | undefined): string | null {
  if (!env().TRUST_PROXY) return null;
  return request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request?.headers.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = env();
  return {
    adapter: PrismaAdapter(db() as never),
    secret: config.AUTH_SECRET,
    trustHost: true,
    // JWT sessions in an encrypted cookie: required for password sign-in and keeps the app
    // stateless. Membership and role are re-read from the database on every request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
          const { email, password } = parsed.data;
          const emailKey = `signin:email:${email}`;
          const perEmail = await consumeRateLimit(emailKey, SIGN_IN_LIMITS.perEmail.limit, SIGN_IN_LIMITS.perEmail.windowSeconds);
          const ip = clientIp(request);
          const perIp = ip
            ? await consumeRateLimit(`signin:ip:${ip}`, SIGN_IN_LIMITS.perIp.limit, SIGN_IN_LIMITS.perIp.windowSeconds)
            : { allowed: true };
          if (!perEmail.allowed || !perIp.allowed) throw new RateLimitedSignIn();
          const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
          const ok = await verifyPassword(user?.passwordHash, password);
          if (!user || !ok) return null;
          await resetRateLimit(emailKey);
          return { id: user.id, email: user.email, name: user.name, locale: user.locale };
        },
      }),
      Nodemailer({
        id: "nodemailer",
        server: config.SMTP_URL ?? "smtp://127.0.0.1:25",
        from: config.MAIL_FROM,
        maxAge: 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendSignInLink(identifier.toLowerCase(), url);
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
      async jwt({ token, user, trigger, session }) {
        if (user) {
          token.sub = user.id;
          token.locale = (user as { locale?: string | null }).locale ?? null;
        }
        if (trigger === "update" && isLocale(session?.locale)) token.locale = session.locale;
        return token;
      },
      async session({ session, token }) {
        session.user.id = token.sub!;
        session.user.locale = isLocale(token.locale) ? token.locale : null;
        return session;
      },
    },
  };
});
