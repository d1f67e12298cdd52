import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery } from "./db";
import { createTestBusiness, type TestBusiness } from "./fixtures";
import { inviteMember } from "@/lib/members/invite-member";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";
import { withTenant } from "@/lib/tenancy/context";

/** One row in each address-book and settings table (a new tenant table must be added here). */
async function fillTenantTables(business: TestBusiness) {
  await withTenant({ businessId: business.id, userId: business.owner.id }, async (tx) => {
    const businessId = business.id;
    await tx.location.create({ data: { businessId, label: "Store", contactName: "A", phone: "1", line1: "1 Main", city: "Ottawa", province: "ON", postalCode: "K1A 0B1" } });
    await tx.contact.create({ data: { businessId, name: "C", line1: "1 Main", city: "Ottawa", country: "CA", searchText: "c" } });
    await tx.parcelTemplate.create({ data: { businessId, name: "Box", packaging: "BOX", lengthMm: 100, widthMm: 100, heightMm: 100, weightGrams: 50 } });
    await tx.businessSettings.create({ data: { businessId } });
    await tx.userSettings.create({ data: { businessId, userId: business.owner.id } });
    const batch = await tx.batch.create({ data: { businessId, number: 1, status: "PAID" } });
    const shipment = await tx.shipment.create({ data: { businessId, batchId: batch.id, position: 1, trackingNumber: `TRK${businessId}`, trackingStatus: "IN_TRANSIT" } });
    await tx.trackingEvent.create({ data: { businessId, shipmentId: shipment.id, code: "ACCEPTED", occurredAt: new Date(), descriptionEn: "Accepted", descriptionFr: "Accepté", status: "IN_TRANSIT" } });
    const email = await tx.emailMessage.create({ data: { businessId, kind: "DELIVERY_UPDATE", to: "c@example.com", locale: "en", shipmentId: shipment.id } });
    await tx.deliveryNotice.create({ data: { businessId, shipmentId: shipment.id, email: "c@example.com", event: "shipped", emailMessageId: email.id } });
    await tx.accountTransaction.create({ data: { businessId, type: "CHARGE", amountCents: 100, batchId: batch.id } });
    await tx.labelPdf.create({ data: { businessId, shipmentId: shipment.id, format: "PDF_4X6", pdf: Buffer.from("%PDF") } });
    const payment = await tx.payment.create({ data: { businessId, batchId: batch.id, amountCents: 100 } });
    await tx.refund.create({ data: { businessId, paymentId: payment.id, shipmentId: shipment.id, amountCents: 100 } });
    await tx.invoice.create({ data: { businessId, number: 1, period: "2026-11", chargesCents: 100, creditsCents: 0, amountCents: 100 } });
    await tx.pickup.create({ data: { businessId, line1: "1 Main", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", date: "2026-12-08", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", contactName: "A", contactPhone: "613 555 0100", contactEmail: "a@example.com", parcels: 1, totalWeightGrams: 1000, confirmationNumber: `P${businessId}` } });
  });
}

// Row-level security, checked with raw SQL as the application's role: whatever a service forgets,
// the database never hands one business's rows to a transaction set to another.

let a: TestBusiness;
let b: TestBusiness;
let catcher: MailCatcher;
let tenantTables: string[];

async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  catcher = await startMailCatcher({ dir: `.data/mail-rls-${process.pid}` });
  process.env.SMTP_URL = catcher.url;
  a = await createTestBusiness("alpha");
  b = await createTestBusiness("bravo");
  // Every tenant table gets rows of both businesses.
  for (const business of [a, b]) {
    await inviteMember({ businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug }, { email: "x@example.com", role: "VIEWER" }, "en");
    await fillTenantTables(business);
  }
  tenantTables = (
    await adminQuery<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'businessId' ORDER BY table_name`,
    )
  ).map((r) => r.table_name);
});

afterAll(async () => {
  await catcher.stop();
});

describe("row-level security", () => {
  it("covers every table that has a businessId, enabled and forced", async () => {
    expect(tenantTables).toEqual(expect.arrayContaining(["AuditLog", "Invitation", "Membership"]));
    const rows = await adminQuery<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1)`,
      [[...tenantTables, "Business"]],
    );
    expect(rows).toHaveLength(tenantTables.length + 1);
    for (const row of rows) expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it("the app's role cannot bypass it", async () => {
    const [role] = await asApp(async (c) =>
      (await c.query(`SELECT rolsuper, rolbypassrls, current_user FROM pg_roles WHERE rolname = current_user`)).rows,
    );
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, current_user: "envoi_app" });
    const owners = await adminQuery<{ tableowner: string }>(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`);
    expect(owners.map((o) => o.tableowner)).not.toContain("envoi_app");
  });

  it("with A's setting, a raw query sees none of B's rows in any tenant table", async () => {
    for (const table of tenantTables) {
      const adminCount = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "businessId" = $1`, [b.id]);
      const seen = await asApp(async (c) => {
        await c.query("BEGIN");
        await c.query(`SELECT set_config('app.business_id', $1, true)`, [a.id]);
        const all = await c.query(`SELECT "businessId" FROM "${table}"`);
        await c.query("COMMIT");
        return all.rows.map((r: { businessId: string }) => r.businessId);
      });
      expect(seen.length, `${table} shows A's own rows`).toBeGreaterThan(0);
      expect(seen.filter((id) => id !== a.id), `${table} leaks other businesses`).toEqual([]);
      expect(adminCount[0]!.n, `${table} has B rows to hide`).toBeGreaterThan(0);
    }
    const businesses = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.business_id', $1, true)`, [a.id]);
      const rows = (await c.query(`SELECT id FROM "Business"`)).rows;
      await c.query("COMMIT");
      return rows.map((r: { id: string }) => r.id);
    });
    expect(businesses).toEqual([a.id]);
  });

  it("without a business setting, tenant tables are empty", async () => {
    for (const table of [...tenantTables, "Business"]) {
      const n = await asApp(async (c) => (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);
      expect(n, table).toBe(0);
    }
  });

  it("refuses to write a row for another business", async () => {
    await expect(
      asApp(async (c) => {
        await c.query("BEGIN");
        await c.query(`SELECT set_config('app.business_id', $1, true)`, [a.id]);
        try {
          await c.query(`INSERT INTO "Membership" (id, "businessId", "userId", role, "updatedAt") VALUES ('m-x', $1, $2, 'OWNER', now())`, [b.id, a.owner.id]);
        } finally {
          await c.query("ROLLBACK");
        }
      }),
    ).rejects.toThrow(/row-level security/);
    const updated = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.business_id', $1, true)`, [a.id]);
      const r = await c.query(`UPDATE "Business" SET name = 'hijacked' WHERE id = $1`, [b.id]);
      await c.query("COMMIT");
      return r.rowCount;
    });
    expect(updated).toBe(0);
    const [row] = await adminQuery<{ name: string }>(`SELECT name FROM "Business" WHERE id = $1`, [b.id]);
    expect(row!.name).toBe("bravo Business");
  });

  it("the recovery setting shows paid batches of every business, and nothing else", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.recovery', 'on', true)`);
      const batches = (await c.query(`SELECT "businessId", status FROM "Batch"`)).rows as { businessId: string; status: string }[];
      const shipments = (await c.query(`SELECT count(*)::int AS n FROM "Shipment"`)).rows[0].n as number;
      await c.query("COMMIT");
      return { batches, shipments };
    });
    expect(seen.batches.map((r) => r.businessId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.batches.every((r) => r.status === "PAID")).toBe(true);
    expect(seen.shipments).toBe(0);
  });

  it("the billing setting reads the ledgers of every business, and no other table", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.billing', 'on', true)`);
      const ledger = (await c.query(`SELECT DISTINCT "businessId" FROM "AccountTransaction"`)).rows.map((r: { businessId: string }) => r.businessId);
      const others = (await c.query(`SELECT (SELECT count(*) FROM "Shipment")::int + (SELECT count(*) FROM "Invoice")::int + (SELECT count(*) FROM "Payment")::int AS n`)).rows[0].n as number;
      await c.query("COMMIT");
      return { ledger, others };
    });
    expect(seen.ledger).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.others).toBe(0);
  });

  it("the public tracking setting shows one shipment and its events, by tracking number, and nothing else", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.tracking_number', $1, true)`, [`TRK${a.id}`]);
      const shipments = (await c.query(`SELECT "businessId" FROM "Shipment"`)).rows as { businessId: string }[];
      const events = (await c.query(`SELECT "businessId" FROM "TrackingEvent"`)).rows as { businessId: string }[];
      const others = (await c.query(`SELECT (SELECT count(*) FROM "EmailMessage")::int + (SELECT count(*) FROM "Batch")::int + (SELECT count(*) FROM "Contact")::int + (SELECT count(*) FROM "DeliveryNotice")::int AS n`)).rows[0].n as number;
      const updated = (await c.query(`UPDATE "Shipment" SET "recipientName" = 'x'`)).rowCount;
      await c.query("COMMIT");
      return { shipments, events, others, updated };
    });
    expect(seen.shipments.map((r) => r.businessId)).toEqual([a.id]);
    expect(seen.events.map((r) => r.businessId)).toEqual([a.id]);
    expect(seen.others).toBe(0);
    expect(seen.updated).toBe(0);
  });

  it("the tracking refresh and outbox settings list active shipments and queued emails of every business, read-only", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.tracking_refresh', 'on', true)`);
      await c.query(`SELECT set_config('app.outbox', 'on', true)`);
      const shipments = (await c.query(`SELECT DISTINCT "businessId" FROM "Shipment"`)).rows.map((r: { businessId: string }) => r.businessId);
      const emails = (await c.query(`SELECT DISTINCT "businessId" FROM "EmailMessage"`)).rows.map((r: { businessId: string }) => r.businessId);
      const others = (await c.query(`SELECT (SELECT count(*) FROM "TrackingEvent")::int + (SELECT count(*) FROM "Batch")::int AS n`)).rows[0].n as number;
      const updated = (await c.query(`UPDATE "EmailMessage" SET "to" = 'x@example.com'`)).rowCount;
      await c.query("COMMIT");
      return { shipments, emails, others, updated };
    });
    expect(seen.shipments).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.emails).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.others).toBe(0);
    expect(seen.updated).toBe(0);
  });

  it("keeps the account ledger append-only and stored labels unchanged for the app", async () => {
    const inA = (sql: string) =>
      asApp(async (c) => {
        await c.query("BEGIN");
        await c.query(`SELECT set_config('app.business_id', $1, true)`, [a.id]);
        try {
          return await c.query(sql);
        } finally {
          await c.query("ROLLBACK");
        }
      });
    await expect(inA(`UPDATE "AccountTransaction" SET "amountCents" = 0`)).rejects.toThrow(/permission denied/);
    await expect(inA(`DELETE FROM "AccountTransaction"`)).rejects.toThrow(/permission denied/);
    await expect(inA(`UPDATE "LabelPdf" SET pdf = 'x'`)).rejects.toThrow(/permission denied/);
  });

  it("keeps the audit log append-only for the app", async () => {
    await expect(asApp((c) => c.query(`DELETE FROM "AuditLog"`))).rejects.toThrow(/permission denied/);
  });
});
