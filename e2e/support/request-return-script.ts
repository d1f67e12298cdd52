// A customer's return request, recorded the way the public returns page records one (requestReturn,
// source "customer", no signed-in user), against the browser tests' database. Run by
// e2e/support/returns.ts: `tsx e2e/support/request-return-script.ts <data dir> <outbound tracking number> <customer email> <en|fr> <reason code>`.
// Prints the request's number.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

async function main() {
  const [dataDir, trackingNumber, email, locale, reason] = process.argv.slice(2);
  if (!dataDir || !trackingNumber || !email || (locale !== "en" && locale !== "fr") || !reason) throw new Error("Usage: <data dir> <tracking number> <email> <en|fr> <reason>");
  process.env.DATABASE_URL = fs.readFileSync(path.join(dataDir, "admin-database-url"), "utf8").trim();
  process.env.AUTH_SECRET ??= "browser-tests-fixture-0000000000000000";
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const found = await client.query<{ id: string; businessId: string }>(`SELECT id, "businessId" FROM "Shipment" WHERE "trackingNumber" = $1`, [trackingNumber]);
  await client.end();
  const shipment = found.rows[0];
  if (!shipment) throw new Error(`No shipment ${trackingNumber}`);
  const { requestReturn } = await import("../../lib/returns/issue");
  const { closeJobQueue } = await import("../../lib/jobs/queue");
  const made = await requestReturn({ businessId: shipment.businessId, userId: null }, { shipmentId: shipment.id, reason, customerEmail: email, locale, source: "customer" });
  await closeJobQueue();
  console.log(made.number);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
