// `npm run admin -- <command>`: what Envoi's operators set for a business, which the business
// itself cannot (it only sees it). Connects as the schema owner: MIGRATE_DATABASE_URL, else the
// embedded database of `npm run dev` (its data folder: --data .data/dev by default).
//
//   credit <business-slug> <dollars>        sets the on-account credit limit
//   price-list <business-slug> consumer|small-business
//   invoices [YYYY-MM]                      issues the month's invoices now (default: last month;
//                                           the server also does it on the first of each month)
//   tracking <business-slug> <ISO time>     the reference carrier's tracking of the business's
//                                           parcels, return labels and open return labels as of
//                                           that moment (demos, browser tests); the delivery
//                                           updates it triggers are queued, first scans charged
//   refunds [business-slug]                 the refund requests waiting on their carrier
//   refunds refunded|refused <tracking no.> records the carrier's answer to a refund request
//                                           (refunded: voided, and what Envoi charged is returned)
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

function adminUrl(argv: string[]): string {
  if (process.env.MIGRATE_DATABASE_URL) return process.env.MIGRATE_DATABASE_URL;
  const i = argv.indexOf("--data");
  const dir = i >= 0 ? argv[i + 1]! : path.join(".data", "dev");
  const file = path.join(dir, "admin-database-url");
  if (!fs.existsSync(file)) throw new Error(`No database: set MIGRATE_DATABASE_URL, or start npm run dev (it writes ${file}).`);
  return fs.readFileSync(file, "utf8").trim();
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const words = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--data");
  const [command, slug, value] = words;
  const client = new pg.Client({ connectionString: adminUrl(argv) });
  await client.connect();
  try {
    if (command === "credit" && slug && value && Number.isFinite(Number(value)) && Number(value) >= 0) {
      const cents = Math.round(Number(value) * 100);
      const r = await client.query(`UPDATE "Business" SET "creditLimitCents" = $1, "updatedAt" = now() WHERE slug = $2`, [cents, slug]);
      if (r.rowCount !== 1) throw new Error(`No business ${slug}`);
      console.log(`Credit limit of ${slug}: $${(cents / 100).toFixed(2)}`);
      return 0;
    }
    if (command === "price-list" && slug && (value === "consumer" || value === "small-business")) {
      const r = await client.query(`UPDATE "Business" SET "priceListType" = $1, "updatedAt" = now() WHERE slug = $2`, [value === "consumer" ? "CONSUMER" : "SMALL_BUSINESS", slug]);
      if (r.rowCount !== 1) throw new Error(`No business ${slug}`);
      console.log(`Price list of ${slug}: ${value}`);
      return 0;
    }
    if (command === "invoices" && (!slug || /^\d{4}-\d{2}$/.test(slug))) {
      // The app's own service, connected as the schema owner.
      process.env.DATABASE_URL = adminUrl(argv);
      process.env.AUTH_SECRET ??= "operator-command-operator-command-0000";
      const { issueInvoice, monthOf, previousMonth } = await import("../lib/payments/invoices");
      const period = slug ?? previousMonth(monthOf(new Date()));
      const businesses = await client.query<{ businessId: string }>(`SELECT DISTINCT "businessId" FROM "AccountTransaction" WHERE type IN ('CHARGE', 'CREDIT')`);
      let issued = 0;
      for (const { businessId } of businesses.rows) if ((await issueInvoice({ businessId, userId: null }, period))?.created) issued++;
      console.log(`Invoices for ${period}: ${issued} issued`);
      return 0;
    }
    if (command === "tracking" && slug && value && Number.isFinite(Date.parse(value))) {
      process.env.DATABASE_URL = adminUrl(argv);
      process.env.AUTH_SECRET ??= "operator-command-operator-command-0000";
      const found = await client.query<{ id: string }>(`SELECT id FROM "Business" WHERE slug = $1`, [slug]);
      if (!found.rows[0]) throw new Error(`No business ${slug}`);
      const { refreshTracking } = await import("../lib/tracking/refresh");
      const { closeJobQueue } = await import("../lib/jobs/queue");
      const { refreshReturns } = await import("../lib/returns/scan");
      const { refreshOpenReturns } = await import("../lib/open-returns/refresh");
      const ctx = { businessId: found.rows[0].id, userId: null };
      const now = new Date(value);
      const result = await refreshTracking(ctx, { now });
      // Return labels and open return labels too, as the tracking job does (charged at their first scan).
      const returns = await refreshReturns(ctx, { now });
      const open = await refreshOpenReturns(ctx, { now });
      await closeJobQueue();
      console.log(`Tracking of ${slug} as of ${now.toISOString()}: ${result.shipments} shipments, ${result.events} new events, ${result.notices} delivery updates queued`);
      console.log(`Returns: ${returns.scanned} first scanned, ${returns.arrived} arrived; open return labels: ${open.scanned} first scanned, ${open.arrived} arrived`);
      return 0;
    }
    if (command === "refunds") {
      process.env.DATABASE_URL = adminUrl(argv);
      process.env.AUTH_SECRET ??= "operator-command-operator-command-0000";
      if (slug === "refunded" || slug === "refused") {
        if (!value) throw new Error("Which tracking number?");
        const found = await client.query<{ id: string; businessId: string }>(`SELECT id, "businessId" FROM "Shipment" WHERE "trackingNumber" = $1`, [value]);
        const row = found.rows[0];
        if (!row) throw new Error(`No shipment ${value}`);
        const { settleRefund } = await import("../lib/shipments/settle-refund");
        const done = await settleRefund({ businessId: row.businessId, userId: null }, row.id, slug);
        const money = done.creditedCents ? `, $${(done.creditedCents / 100).toFixed(2)} credited to the account` : done.refund ? `, card refund ${done.refund.status.toLowerCase()}` : "";
        console.log(`${value}: ${done.status === "VOIDED" ? "refunded and voided" : "refund refused, the label stands"}${money}`);
        return 0;
      }
      const businesses = await client.query<{ id: string; slug: string }>(slug ? `SELECT id, slug FROM "Business" WHERE slug = $1` : `SELECT DISTINCT b.id, b.slug FROM "Business" b JOIN "Shipment" s ON s."businessId" = b.id WHERE s.status = 'VOID_REQUESTED' ORDER BY b.slug`, slug ? [slug] : []);
      if (slug && !businesses.rows[0]) throw new Error(`No business ${slug}`);
      const { pendingRefunds } = await import("../lib/shipments/settle-refund");
      let count = 0;
      for (const b of businesses.rows) {
        for (const r of await pendingRefunds({ businessId: b.id, userId: null })) {
          count++;
          const who = r.carrierAccountId ? "own carrier account" : `Envoi charged by ${(r.batch.paymentMethod ?? "account").toLowerCase()}`;
          console.log([b.slug, r.trackingNumber, r.carrier, r.carrierMode ?? "", `$${((r.rateCents ?? 0) / 100).toFixed(2)}`, r.voidedAt?.toISOString().slice(0, 10), r.refundTicket ? `ticket ${r.refundTicket}${r.refundTicketDate ? ` of ${r.refundTicketDate}` : ""}` : "no ticket", who].join("  "));
        }
      }
      console.log(`${count} refund request${count === 1 ? "" : "s"} waiting`);
      return 0;
    }
    console.error("Usage: npm run admin -- [--data <dir>] credit <business-slug> <dollars> | price-list <business-slug> consumer|small-business | invoices [YYYY-MM] | tracking <business-slug> <ISO time> | refunds [business-slug] | refunds refunded|refused <tracking-number>");
    return 2;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
