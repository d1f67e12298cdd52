import "server-only";
import { z } from "zod";

/**
 * Every environment variable the app reads, validated once at start-up (instrumentation.ts) so a
 * misconfigured deployment fails immediately with a list of what is wrong. `npm run dev` and the
 * tests fill in development defaults (embedded PostgreSQL, local mail catcher, generated secret).
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    /** Connections the app keeps to PostgreSQL (the pg pool's size); unset: 10. */
    DATABASE_POOL_SIZE: z.coerce.number().int("DATABASE_POOL_SIZE must be a whole number").min(1).max(200).optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
    MAIL_FROM: z.string().min(3).default("Envoi <no-reply@envoi.localhost>"),
    DEV_MAILBOX_DIR: z.string().optional(),
    STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_... or sk_live_...)").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, "STRIPE_WEBHOOK_SECRET must start with whsec_").optional(),
    /** Another Stripe API address (a local test server); unset: api.stripe.com. */
    STRIPE_API_URL: z.url().optional(),
    /**
     * Keys that encrypt carrier credentials at rest: "id:base64key[,id:base64key...]" (32-byte keys);
     * the first encrypts, every one decrypts (rotation). Unset: carrier accounts cannot be connected.
     */
    CARRIER_SECRETS_KEYS: z
      .string()
      .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=_-]{43,}(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=_-]{43,})*$/, "CARRIER_SECRETS_KEYS must read id:base64key[,id:base64key] (openssl rand -base64 32)")
      .optional(),
    /** Canada Post's web services at another address (the local fake server): loopback only. Unset: Canada Post's hosts. */
    CANADAPOST_API_URL: z
      .url()
      .refine((u) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(u), "CANADAPOST_API_URL may only name a local server (http://127.0.0.1:PORT)")
      .optional(),
    /** The platform's own Canada Post account: businesses without their own account buy through it and pay Envoi. */
    CANADAPOST_USERNAME: z.string().min(1).optional(),
    CANADAPOST_PASSWORD: z.string().min(1).optional(),
    CANADAPOST_CUSTOMER_NUMBER: z.string().regex(/^\d{1,10}$/, "CANADAPOST_CUSTOMER_NUMBER must be the customer number's digits").optional(),
    CANADAPOST_CONTRACT_NUMBER: z.string().regex(/^\d{1,10}$/).optional(),
    CANADAPOST_MODE: z.enum(["sandbox", "production"]).default("sandbox"),
    /** Per-minute call limits per operation group, overriding Canada Post's published ones: "tracking=20,rating=840". */
    CANADAPOST_LIMITS: z.string().regex(/^(\w+=\d+)(,\w+=\d+)*$/, "CANADAPOST_LIMITS must read group=perMinute[,group=perMinute]").optional(),
    /** Requests each API key may make per window (lib/api/limits.ts); unset: 600 per 60 s. */
    API_RATE_LIMIT: z.coerce.number().int("API_RATE_LIMIT must be a whole number").min(1).default(600),
    API_RATE_WINDOW_SECONDS: z.coerce.number().int("API_RATE_WINDOW_SECONDS must be a whole number").min(1).max(3600).default(60),
    /**
     * Webhooks may be sent to local and private addresses (and plain HTTP to localhost) even in
     * production: only for a test run whose receiver is on this machine. Unset: only in development.
     */
    WEBHOOKS_ALLOW_LOCAL: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    TRUST_PROXY: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET together (card payments need both)" });
    }
    const platform = [env.CANADAPOST_USERNAME, env.CANADAPOST_PASSWORD, env.CANADAPOST_CUSTOMER_NUMBER];
    if (platform.some(Boolean) && !platform.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["CANADAPOST_USERNAME"], message: "set CANADAPOST_USERNAME, CANADAPOST_PASSWORD and CANADAPOST_CUSTOMER_NUMBER together (the platform's Canada Post account)" });
    }
    if (env.NODE_ENV === "production" && !env.SMTP_URL && !env.DEV_MAILBOX_DIR) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL is required in production" });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws one error listing every invalid variable. */
export function env(): Env {
  if (cached) return cached;
  // An empty variable (SMTP_URL= in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  cached = parsed.data;
  return cached;
}

/** Forget the validated environment (tests that change variables, e.g. to turn card payments on). */
export function resetEnvForTests() {
  cached = undefined;
}
