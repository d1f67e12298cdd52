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
    await tx.carrierAccount.create({ data: { businessId, carrier: "canadapost", mode: "SANDBOX", credentials: "v1.x.y.z", keyId: "test", usernameHint: "1714", customerNumber: "2004381" } });
    const apiKey = await tx.apiKey.create({ data: { businessId, name: "Shop", mode: "TEST", scope: "FULL", prefix: "envoi_test_x", hash: `hash-${businessId}`, createdById: business.owner.id } });
    await tx.apiIdempotency.create({ data: { businessId, key: "k1", requestHash: "h" } });
    await tx.apiRequest.create({ data: { businessId, apiKeyId: apiKey.id, method: "POST", path: "/api/v1/rates", status: 200, durationMs: 5 } });
    await tx.pickup.create({ data: { businessId, line1: "1 Main", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", date: "2026-12-08", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", contactName: "A", contactPhone: "613 555 0100", contactEmail: "a@example.com", parcels: 1, totalWeightGrams: 1000, confirmationNumber: `P${businessId}` } });
    const endpoint = await tx.webhookEndpoint.create({ data: { businessId, url: "https://hooks.example.com/envoi", events: ["shipment.purchased"], secret: "v1.x.y.z", keyId: "test", secretHint: "abcd" } });
    const event = await tx.webhookEvent.create({ data: { id: `evt_${businessId}`, businessId, type: "shipment.purchased", payload: {} } });
    const delivery = await tx.webhookDelivery.create({ data: { businessId, endpointId: endpoint.id, eventId: event.id, attempts: 1, nextAttemptAt: new Date() } });
    await tx.webhookAttempt.create({ data: { businessId, deliveryId: delivery.id, number: 1, succeeded: false, statusCode: 500, durationMs: 12 } });
    await tx.return.create({ data: { businessId, shipmentId: shipment.id, number: "R-1", source: "business", reason: "damaged" } });
    await tx.manifest.create({ data: { businessId, number: "104829375016", carrier: "reference", carrierMode: "reference", carrierManifestId: `ref-${businessId}`, date: "2026-12-07", shipmentCount: 1, totalWeightGrams: 1000, pdf: Buffer.from("%PDF") } });
    const openReturn = await tx.openReturn.create({ data: { businessId, carrier: "reference", carrierMode: "reference", templateId: `REF-OR-${businessId}`, serviceCode: "DOM.EP", weightGrams: 1000, lengthMm: 300, widthMm: 200, heightMm: 100, maxUses: 10, estimatedCents: 1500, labelTemplate: {} } });
    await tx.openReturnLabel.create({ data: { businessId, openReturnId: openReturn.id, trackingNumber: `ORL${businessId}` } });
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

  it("an API key's hash shows that one key and its business, and no other tenant row", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.api_key_hash', $1, true)`, [`hash-${a.id}`]);
      const keys = (await c.query(`SELECT "businessId" FROM "ApiKey"`)).rows as { businessId: string }[];
      const businesses = (await c.query(`SELECT "id" FROM "Business"`)).rows as { id: string }[];
      const others = (await c.query(`SELECT (SELECT count(*) FROM "Shipment")::int + (SELECT count(*) FROM "ApiRequest")::int + (SELECT count(*) FROM "ApiIdempotency")::int + (SELECT count(*) FROM "Contact")::int AS n`)).rows[0].n as number;
      await c.query("COMMIT");
      return { keys, businesses, others };
    });
    expect(seen.keys.map((r) => r.businessId)).toEqual([a.id]);
    expect(seen.businesses.map((r) => r.id)).toEqual([a.id]);
    expect(seen.others).toBe(0);
  });

  it("the tracking refresh and outbox settings list active shipments, queued emails and pending webhook deliveries of every business, read-only", async () => {
    const seen = await asApp(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('app.tracking_refresh', 'on', true)`);
      await c.query(`SELECT set_config('app.outbox', 'on', true)`);
      const shipments = (await c.query(`SELECT DISTINCT "businessId" FROM "Shipment"`)).rows.map((r: { businessId: string }) => r.businessId);
      const emails = (await c.query(`SELECT DISTINCT "businessId" FROM "EmailMessage"`)).rows.map((r: { businessId: string }) => r.businessId);
      const deliveries = (await c.query(`SELECT DISTINCT "businessId" FROM "WebhookDelivery"`)).rows.map((r: { businessId: string }) => r.businessId);
      // Open return labels not arrived yet (their first scan is charged): listed, never changed.
      const openReturnLabels = (await c.query(`SELECT DISTINCT "businessId" FROM "OpenReturnLabel"`)).rows.map((r: { businessId: string }) => r.businessId);
      const openReturnLabelsUpdated = (await c.query(`UPDATE "OpenReturnLabel" SET "printId" = 'x'`)).rowCount!;
      const others = (await c.query(`SELECT (SELECT count(*) FROM "TrackingEvent")::int + (SELECT count(*) FROM "Batch")::int + (SELECT count(*) FROM "WebhookEndpoint")::int + (SELECT count(*) FROM "OpenReturn")::int AS n`)).rows[0].n as number;
      const updated = (await c.query(`UPDATE "EmailMessage" SET "to" = 'x@example.com'`)).rowCount! + (await c.query(`UPDATE "WebhookDelivery" SET "attempts" = 0`)).rowCount!;
      await c.query("COMMIT");
      return { shipments, emails, deliveries, others, updated: updated + openReturnLabelsUpdated, openReturnLabels };
    });
    expect(seen.shipments).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.emails).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.deliveries).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(seen.openReturnLabels).toEqual(expect.arrayContaining([a.id, b.id]));
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

  describe("search functions", () => {
    /** An issued shipment and a contact that only `business` has, with its own words. */
    async function searchable(business: TestBusiness, word: string): Promise<string> {
      return withTenant({ businessId: business.id, userId: null }, async (tx) => {
        const location = await tx.location.create({ data: { businessId: business.id, label: word, contactName: "A", phone: "1", line1: "1 Main", city: "Ottawa", province: "ON", postalCode: "K1A 0B1" } });
        const batch = await tx.batch.create({ data: { businessId: business.id, number: 77, status: "LABELLED" } });
        await tx.shipment.create({ data: { businessId: business.id, batchId: batch.id, position: 1, status: "LABELLED", locationId: location.id, trackingNumber: `SRCH${business.id}`, labelledAt: new Date(), searchText: `${word} shared` } });
        await tx.contact.create({ data: { businessId: business.id, name: word, line1: "1 Main", city: "Ottawa", country: "CA", tags: [word], searchText: `${word} shared` } });
        return location.id;
      });
    }

    /** Calls a search function as the app's role, in a transaction whose business is `businessId` (or none). */
    const search = (businessId: string | null, sql: string, params: unknown[]) =>
      asApp(async (c) => {
        await c.query("BEGIN");
        if (businessId !== null) await c.query(`SELECT set_config('app.business_id', $1, true)`, [businessId]);
        try {
          return (await c.query<{ ids: string[]; matched: number }>(sql, params)).rows[0]!;
        } finally {
          await c.query("ROLLBACK");
        }
      });
    const shipments = (businessId: string | null, words: string[], filters: { location?: string; batch?: number } = {}) =>
      search(businessId, `SELECT ids, matched FROM search_shipments($1::text[], NULL, NULL, NULL, NULL, NULL, $2, $3, 0, 100, 1000)`, [words, filters.location ?? null, filters.batch ?? null]);
    const contacts = (businessId: string | null, words: string[], tag: string | null = null, sort = "name") =>
      search(businessId, `SELECT ids, matched FROM search_contacts($1::text[], $2, NULL, $3, false, 0, NULL)`, [words, tag, sort]);

    let bLocation: string;
    beforeAll(async () => {
      await searchable(a, "alphaword");
      bLocation = await searchable(b, "bravoword");
    });

    it("run as a role that cannot log in, has no members and reads only what a search needs", async () => {
      const functions = await adminQuery<{ name: string; owner: string; definer: boolean; config: string[]; grantees: string[] }>(
        `SELECT p.proname AS name, pg_get_userbyid(p.proowner) AS owner, p.prosecdef AS definer, p.proconfig AS config,
                ARRAY(SELECT CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END FROM aclexplode(p.proacl) g WHERE g.privilege_type = 'EXECUTE' ORDER BY 1) AS grantees
         FROM pg_proc p WHERE p.proname IN ('search_shipments', 'search_contacts') ORDER BY p.proname`,
      );
      expect(functions).toEqual(
        ["search_contacts", "search_shipments"].map((name) => ({ name, owner: "envoi_search", definer: true, config: ["search_path=public, pg_temp"], grantees: ["envoi_app", "envoi_search"] })),
      );
      // It is not subject to row-level security (so that the planner may use the statistics):
      // what it reads is limited by its grants and by the functions, its only objects.
      const [role] = await adminQuery(
        `SELECT rolcanlogin, rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_auth_members WHERE roleid = r.oid) AS members,
                (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS owns
         FROM pg_roles r WHERE rolname = 'envoi_search'`,
      );
      expect(role).toEqual({ rolcanlogin: false, rolsuper: false, rolbypassrls: true, members: 0, owns: 2 });
      const tables = await adminQuery(`SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = 'envoi_search'`);
      expect(tables).toEqual([]);
      const columns = await adminQuery<{ table_name: string; privilege_type: string }>(`SELECT DISTINCT table_name, privilege_type FROM information_schema.column_privileges WHERE grantee = 'envoi_search' ORDER BY 1`);
      expect(columns).toEqual(["Batch", "Contact", "Shipment"].map((table_name) => ({ table_name, privilege_type: "SELECT" })));
      await expect(asApp((c) => c.query("SET ROLE envoi_search"))).rejects.toThrow(/permission denied/);
    });

    it("with A's setting, return A's rows only, whatever is asked", async () => {
      const aShipments = (await adminQuery<{ id: string }>(`SELECT id FROM "Shipment" WHERE "businessId" = $1 AND "labelledAt" IS NOT NULL`, [a.id])).map((r) => r.id);
      const aContacts = (await adminQuery<{ id: string }>(`SELECT id FROM "Contact" WHERE "businessId" = $1`, [a.id])).map((r) => r.id);
      expect(aShipments).toHaveLength(1);
      expect((await shipments(a.id, [])).ids.sort()).toEqual(aShipments.sort());
      expect((await shipments(a.id, ["shared"])).ids).toEqual(aShipments);
      expect((await contacts(a.id, [])).ids.sort()).toEqual(aContacts.sort());
      // B's words, B's location, B's tag, a business id as a word, and attempts at SQL: nothing.
      for (const words of [["bravoword"], [b.id], ["' OR true --"], ["%"], ["_"]]) {
        expect(await shipments(a.id, words), words[0]).toEqual({ ids: [], matched: 0 });
        expect(await contacts(a.id, words), words[0]).toEqual({ ids: [], matched: 0 });
      }
      expect(await shipments(a.id, [], { location: bLocation })).toEqual({ ids: [], matched: 0 });
      expect(await contacts(a.id, [], "bravoword")).toEqual({ ids: [], matched: 0 });
      await expect(contacts(a.id, [], null, `name", (SELECT 1) --`)).rejects.toThrow(/unknown sort/);
    });

    it("return nothing without a business setting, even asked for another business's batch", async () => {
      expect(await shipments(null, [])).toEqual({ ids: [], matched: 0 });
      expect(await shipments(null, [], { batch: 77 })).toEqual({ ids: [], matched: 0 });
      expect(await shipments("", ["bravoword"])).toEqual({ ids: [], matched: 0 });
      expect(await contacts(null, ["bravoword"])).toEqual({ ids: [], matched: 0 });
      // Batch 77 exists in both businesses: A's setting finds A's only.
      expect((await shipments(a.id, [], { batch: 77 })).matched).toBe(1);
    });
  });

  it("keeps the audit log append-only for the app", async () => {
    await expect(asApp((c) => c.query(`DELETE FROM "AuditLog"`))).rejects.toThrow(/permission denied/);
  });
});
