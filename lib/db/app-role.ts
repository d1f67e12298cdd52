import pg from "pg";

/** The role every application connection uses (created by the row-level security migration). */
export const APP_ROLE = "envoi_app";

/**
 * Lets the application's role log in with `password` and returns the application's connection
 * string (same server and database as `adminUrl`, user envoi_app). Run as the schema owner after
 * migrations; the role stays without BYPASSRLS, so row-level security always applies to the app.
 */
export async function enableAppLogin(adminUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const literal = await client.query<{ q: string }>("SELECT quote_literal($1) AS q", [password]);
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${literal.rows[0]!.q}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** Creates `database` on the server of `adminUrl` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string) {
  const url = new URL(adminUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
