// `npm run dev`: everything a fresh machine needs, then Next.js.
//   - PostgreSQL: DATABASE_URL if set, else an embedded PostgreSQL 17 in .data/dev/pg
//   - migrations applied, demo business and user seeded
//   - email: SMTP_URL if set, else a local mail catcher shown at /dev/mailbox
// `npm start` (scripts/start.ts) runs it with --mode start after building when the build is stale;
// the end-to-end tests run it with --mode start on a fresh data folder.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../lib/db/embedded";
import { enableAppLogin, ensureDatabase } from "../lib/db/app-role";
import { migrateDatabase } from "../lib/db/setup";
import { startMailCatcher, type MailCatcher } from "../lib/email/catcher";
import { workerNiceness } from "./process-priority";
import { stopChild } from "./stop-child";
import { startWorkerProcess } from "./worker-process";

const { values: args } = parseArgs({
  options: {
    mode: { type: "string", default: "dev" },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    host: { type: "string", default: "localhost" },
    data: { type: "string", default: ".data/dev" },
    fresh: { type: "boolean", default: false },
    // Card payments against a local stand-in for Stripe (offline; no real card is charged).
    "stripe-standin": { type: "boolean", default: false },
    // "fake-canadapost": Canada Post's web services played by a local fake server (offline live mode).
    carrier: { type: "string", default: "reference" },
  },
});

const dataDir = path.resolve(args.data!);
const cleanups: (() => Promise<void>)[] = [];

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A 32-byte key in base64, kept beside the data. */
function readOrCreateKey(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const key = crypto.randomBytes(32).toString("base64");
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

async function database(): Promise<string> {
  if (process.env.DATABASE_URL) {
    const migrateUrl = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
    await migrateDatabase({ connectionString: migrateUrl, log: (m) => console.log(`  ${m}`) });
    return process.env.DATABASE_URL;
  }
  const cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), unsafeFast: args.mode === "start" && args.fresh });
  cleanups.push(() => cluster.stop());
  await ensureDatabase(cluster.adminUrl("postgres"), "envoi");
  const adminUrl = cluster.adminUrl("envoi");
  await migrateDatabase({ connectionString: adminUrl, log: (m) => console.log(`  ${m}`) });
  // For operator commands against this embedded database (npm run admin -- --data <dir> ...).
  fs.writeFileSync(path.join(dataDir, "admin-database-url"), adminUrl, { mode: 0o600 });
  // The app connects as envoi_app (no BYPASSRLS), never as the superuser that owns the schema.
  return enableAppLogin(adminUrl, readOrCreateSecret(path.join(dataDir, "app-db-password")));
}

async function main() {
  if (args.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const appUrl = process.env.APP_URL ?? `http://${args.host}:${args.port}`;
  const embedded = !process.env.DATABASE_URL;
  process.env.DATABASE_URL = await database();
  process.env.AUTH_SECRET ??= readOrCreateSecret(path.join(dataDir, "auth-secret"));
  // Carrier credentials are encrypted at rest with this key (production sets its own keys).
  process.env.CARRIER_SECRETS_KEYS ??= `dev:${readOrCreateKey(path.join(dataDir, "carrier-secrets-key"))}`;
  process.env.APP_URL = appUrl;
  // The job worker: inside the app under `npm run dev`; beside it in a process of its own at a lower
  // CPU priority under `npm start`, as production runs `npm run worker` (scripts/worker-process.ts):
  // a batch's labels or a tracking sweep then use the CPU the pages leave. JOBS_IN_PROCESS decides when set.
  const ownWorker = args.mode === "start" && process.env.JOBS_IN_PROCESS === undefined;
  process.env.JOBS_IN_PROCESS ??= ownWorker ? "0" : "1";
  process.env.AUTH_URL ??= appUrl;
  process.env.AUTH_TRUST_HOST = "true";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!process.env.SMTP_URL) {
    const mailDir = path.join(dataDir, "mail");
    const catcher: MailCatcher = await startMailCatcher({ dir: mailDir });
    cleanups.push(() => catcher.stop());
    process.env.SMTP_URL = catcher.url;
    process.env.DEV_MAILBOX_DIR = mailDir;
  }
  if (args["stripe-standin"] && !process.env.STRIPE_SECRET_KEY) {
    const { startStripeStandin } = await import("../tests/stripe/standin");
    const secret = "whsec_local_standin_envoi";
    const standin = await startStripeStandin({ webhookUrl: `${appUrl}/api/stripe/webhook`, webhookSecret: secret });
    cleanups.push(() => standin.stop());
    process.env.STRIPE_SECRET_KEY = "sk_test_local_standin";
    process.env.STRIPE_WEBHOOK_SECRET = secret;
    process.env.STRIPE_API_URL = standin.url;
  }
  let fakeCanadaPost: { url: string; username: string; password: string; customerNumber: string } | null = null;
  if (args.carrier === "fake-canadapost") {
    const { startFakeCanadaPost } = await import("../tests/canadapost/fake-server/server");
    // FAKE_CANADAPOST_VALIDATE=0 skips the schema check of each request (about 150 ms of CPU each; the browser tests).
    // Two accounts: the occasional shipper (no contract) and a contract customer (groups, returns on demand, open returns, manifests).
    const accounts = [
      { username: "envoi-test", password: "fake-password", customerNumber: "2004381" },
      { username: "envoi-contract", password: "contract-password", customerNumber: "1234567", contractNumber: "42708517" },
    ];
    const fake = await startFakeCanadaPost({ port: Number(process.env.FAKE_CANADAPOST_PORT ?? 0), validate: process.env.FAKE_CANADAPOST_VALIDATE !== "0", accounts });
    cleanups.push(() => fake.close());
    process.env.CANADAPOST_API_URL = fake.url;
    fakeCanadaPost = { url: fake.url, username: "envoi-test", password: "fake-password", customerNumber: "2004381" };
  } else if (args.carrier !== "reference") {
    throw new Error(`--carrier ${args.carrier}: use reference (default) or fake-canadapost`);
  }
  // Services read the environment when first used, so import them only now.
  const { seedDemo } = await import("../lib/seed/demo");
  const demo = await seedDemo();

  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const listen = ["-p", args.port!, "-H", args.host!];
  // The production build runs in one process per core (scripts/next-cluster.mjs, WEB_CONCURRENCY).
  // Idle keep-alive connections stay open longer than a proxy's or a test client's idle pool
  // (Node closes them after 5 s, which races a client reusing one: ECONNRESET).
  const command = args.mode === "start" ? [path.resolve("scripts", "next-cluster.mjs"), "--keepAliveTimeout", "65000", ...listen] : [nextBin, "dev", ...listen];
  const child = spawn(process.execPath, command, { stdio: "inherit", env: process.env });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The server and the worker stop before their database does: stopped after it, they may keep
    // running on their own, busy reconnecting, and keep the port.
    await Promise.all([stopChild(child, 10_000), worker?.stop()]);
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    process.exit(code);
  };
  const worker = ownWorker
    ? startWorkerProcess({
        onBrokenStart: (reason) => {
          console.error(`  ${reason}: stopping.`);
          void stop(1);
        },
      })
    : null;
  console.log(
    [
      "",
      `  Envoi is starting (${args.mode === "start" ? "production build" : "development: each page compiles on its first visit; npm start is faster"})`,
      `  App:          ${appUrl}`,
      `  Demo sign-in: ${demo.email} / ${demo.password}`,
      ...(fakeCanadaPost
        ? [
            `  Canada Post:  a local fake server at ${fakeCanadaPost.url}: connect it in Settings, Carrier accounts with`,
            `                user ${fakeCanadaPost.username}, password ${fakeCanadaPost.password}, customer number ${fakeCanadaPost.customerNumber} (either mode)`,
          ]
        : []),
      process.env.DEV_MAILBOX_DIR ? `  Mailbox:      ${appUrl}/dev/mailbox (every email the app sends)` : `  Email:        ${process.env.SMTP_URL}`,
      `  Jobs:         ${worker ? `a worker process beside the app (CPU priority lowered: nice ${workerNiceness(process.env.WORKER_NICE)})` : "run inside the app"}`,
      `  Database:     ${embedded ? `embedded PostgreSQL 17 in ${path.relative(process.cwd(), dataDir)}/pg` : "DATABASE_URL"}`,
      `  Card payments: ${process.env.STRIPE_API_URL ? `local Stripe stand-in at ${process.env.STRIPE_API_URL}` : process.env.STRIPE_SECRET_KEY ? "Stripe" : "not configured (npm run dev -- --stripe-standin to try them offline)"}`,
      "",
    ].join("\n"),
  );

  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(1);
});
