// The page bench's server: the production build (built first when stale, as `npm start` does),
// started by the same launcher as `npm start` on a fresh data folder, and a signed-in session.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { buildFreshness } from "../scripts/build-freshness";
import { descendants, stopAll } from "./process-tree";

export interface PagesServer {
  baseUrl: string;
  dataDir: string;
  /** The app's database as the app's role (envoi_app, row-level security applies). */
  databaseUrl: string;
  /** The launcher's process id: the server (Next.js, PostgreSQL, mail catcher) is it and its descendants. */
  pid: number;
  stop(): Promise<void>;
}

const root = process.cwd();

/** `next build` when .next holds no build or one older than the sources. */
export function ensureProductionBuild(log: (line: string) => void) {
  const freshness = buildFreshness(root);
  if (!freshness.stale) return;
  log(`pages: building for production (${freshness.reason})`);
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("pages: next build failed");
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pages: the server stopped:\n${output()}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`pages: the server did not answer /api/health within 3 minutes:\n${output()}`);
}

/**
 * `npm start`'s launcher (scripts/dev.ts --mode start: embedded PostgreSQL, mail catcher, demo
 * business, job worker in the app) on 127.0.0.1 and a fresh data folder. BENCH_PAGES_PORT picks the port.
 */
export async function startPagesServer(): Promise<PagesServer> {
  const port = Number(process.env.BENCH_PAGES_PORT ?? (await freePort()));
  const dataDir = path.join(root, ".data", `bench-pages-${process.pid}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", APP_URL: `http://127.0.0.1:${port}` };
  // Its own embedded database and mail catcher, whatever the other benches set.
  for (const name of ["DATABASE_URL", "MIGRATE_DATABASE_URL", "SMTP_URL", "DEV_MAILBOX_DIR", "CANADAPOST_API_URL", "AUTH_SECRET", "AUTH_URL", "CARRIER_SECRETS_KEYS"]) delete env[name];
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, "--import", "./scripts/server-only-hook.mjs", "scripts/dev.ts", "--mode", "start", "--host", "127.0.0.1", "--port", String(port), "--data", dataDir, "--fresh"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = async () => {
    // tsx runs the launcher in a process of its own, which starts Next.js and PostgreSQL: whatever of
    // them a loaded machine has not stopped by the time the launcher is gone is stopped here.
    const started = child.pid ? descendants(child.pid) : [];
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await stopAll(started);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, child, () => output);
    const adminUrl = new URL(fs.readFileSync(path.join(dataDir, "admin-database-url"), "utf8").trim());
    adminUrl.username = "envoi_app";
    adminUrl.password = fs.readFileSync(path.join(dataDir, "app-db-password"), "utf8").trim();
    return { baseUrl, dataDir, databaseUrl: adminUrl.toString(), pid: child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The cookies a response sets, as a Cookie header's `name=value` pairs. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through Auth.js's credentials endpoint (what the sign-in form posts); the session cookie. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: baseUrl }),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`pages: signing in as ${email} failed (${response.status} ${response.headers.get("location")})`);
  return session;
}

/** A script (bench/*.ts) run in a process of its own against the server's database, as the app's role; its last line of output, as JSON. */
export function runAgainstServer<T>(server: PagesServer, script: string, extraEnv: Record<string, string> = {}): T {
  const secret = (name: string) => fs.readFileSync(path.join(server.dataDir, name), "utf8").trim();
  const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--import", "./scripts/server-only-hook.mjs", script], {
    encoding: "utf8",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: server.databaseUrl,
      AUTH_SECRET: secret("auth-secret"),
      CARRIER_SECRETS_KEYS: `dev:${secret("carrier-secrets-key")}`,
      DEV_MAILBOX_DIR: path.join(server.dataDir, "mail"),
      SMTP_URL: "",
      ...extraEnv,
    },
  });
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as T;
}

/** The seeded day's work (bench/pages-seed.ts), run in a process of its own against the server's database. */
export function seedDayOfWork(server: PagesServer): { slug: string; draftBatchId: string; paidBatchId: string } {
  return runAgainstServer(server, "bench/pages-seed.ts");
}
