import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/forms/parse";
import { locationSchema } from "@/lib/locations/schemas";
import { closeTheDay, pendingByLocation } from "@/lib/manifests/close-day";
import { listManifests } from "@/lib/manifests/list";
import { localDay, localTime } from "@/lib/manifests/local-day";
import { closeDueLocations } from "@/lib/manifests/scheduled-close";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf, payingBusiness } from "./batch-helpers";
import { adminQuery } from "./db";

// Each test runs on its own day (the database is shared by the file): 16:00, 17:45 and 18:30 in Toronto.
const at = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`);
const quiet = { log: () => {} };

async function contractBusiness(label: string, closeTime: string | null) {
  const made = await payingBusiness(label);
  await withTenant(made.actor, async (tx) => {
    await tx.business.update({ where: { id: made.business.id }, data: { contractNumber: "0042708517" } });
    await tx.location.update({ where: { id: made.locationId }, data: { closeTime } });
  });
  return made;
}

async function secondLocation(actor: Actor, closeTime: string | null) {
  return withTenant(actor, (tx) =>
    tx.location.create({
      data: { businessId: actor.businessId, label: "Store", contactName: "Owner", phone: "613 555 0100", line1: "300 Sparks St", city: "Ottawa", province: "ON", postalCode: "K1R 7S3", closeTime },
      select: { id: true },
    }),
  );
}

const manifestsOf = (actor: Actor) => adminQuery<{ locationId: string; shipmentCount: number; createdById: string | null; date: string }>(`SELECT "locationId", "shipmentCount", "createdById", date FROM "Manifest" WHERE "businessId" = $1 ORDER BY "createdAt"`, [actor.businessId]);

describe("the business's local day", () => {
  it("is Toronto's: a manifest dated at 23:30 Eastern is still that day, and times read on a 24-hour clock", () => {
    expect(localDay(new Date("2026-12-09T04:30:00Z"))).toBe("2026-12-08");
    expect(localTime(new Date("2026-12-09T04:30:00Z"))).toBe("23:30");
    expect(localTime(at("2026-07-08", "09:05"))).toBe("10:05"); // summer time
  });
});

describe("the scheduled close", () => {
  it("closes a location's day once its time has passed, that location only, once a day, as Envoi", async () => {
    const { actor, locationId } = await contractBusiness("sched-one", "17:30");
    const store = await secondLocation(actor, "18:00");
    const shipments = await paidBatchOf(actor, 2);
    await paidBatchOf(actor, 1, (d) => ({ ...d, locationId: store.id }));
    expect(await pendingByLocation(actor)).toHaveLength(2);

    // 16:00: before either time, nothing.
    await closeDueLocations({ now: at("2026-12-08", "16:00"), ...quiet });
    expect(await manifestsOf(actor)).toEqual([]);

    // 17:45: the warehouse (17:30) is closed, the store (18:00) is left alone.
    await closeDueLocations({ now: at("2026-12-08", "17:45"), ...quiet });
    expect(await manifestsOf(actor)).toEqual([{ locationId, shipmentCount: 2, createdById: null, date: "2026-12-08" }]);
    expect((await pendingByLocation(actor)).map((p) => p.locationId)).toEqual([store.id]);
    const [entry] = await adminQuery<{ userId: string | null; details: { scheduled?: boolean; count: number } }>(`SELECT "userId", details FROM "AuditLog" WHERE "businessId" = $1 AND action = 'manifest.created'`, [actor.businessId]);
    expect(entry).toMatchObject({ userId: null, details: { scheduled: true, count: 2 } });

    // A label made after the close waits for tomorrow's: a second run the same day adds nothing for the warehouse.
    await paidBatchOf(actor, 1);
    await closeDueLocations({ now: at("2026-12-08", "17:50"), ...quiet });
    expect(await manifestsOf(actor)).toHaveLength(1);

    // 18:30: the store's turn; the warehouse still waits for tomorrow.
    await closeDueLocations({ now: at("2026-12-08", "18:30"), ...quiet });
    expect((await manifestsOf(actor)).map((m) => [m.locationId, m.shipmentCount])).toEqual([[locationId, 2], [store.id, 1]]);
    expect((await pendingByLocation(actor)).map((p) => [p.locationId, p.count])).toEqual([[locationId, 1]]);

    // The next day at 17:30 the warehouse's late label goes on its manifest.
    await closeDueLocations({ now: at("2026-12-09", "17:30"), ...quiet });
    expect((await manifestsOf(actor)).map((m) => [m.locationId, m.shipmentCount, m.date])).toEqual([[locationId, 2, "2026-12-08"], [store.id, 1, "2026-12-08"], [locationId, 1, "2026-12-09"]]);
    // The list shows them like manual ones, made by no one (the page says "Scheduled").
    expect((await listManifests(actor)).map((m) => m.createdById)).toEqual([null, null, null]);
    expect(shipments).toHaveLength(2);
  }, 120_000);

  it("does nothing with nothing pending, and never for a business without a contract", async () => {
    const { actor: idle } = await contractBusiness("sched-idle", "17:30");
    const { actor: plain, locationId } = await payingBusiness("sched-plain");
    await withTenant(plain, (tx) => tx.location.update({ where: { id: locationId }, data: { closeTime: "17:30" } }));
    const [label] = await paidBatchOf(plain, 1);
    expect(label!.groupId).toBeNull();
    await closeDueLocations({ now: at("2026-12-10", "18:00"), ...quiet });
    expect(await manifestsOf(idle)).toEqual([]);
    expect(await manifestsOf(plain)).toEqual([]);
    const [shipment] = await adminQuery<{ transmittedAt: Date | null }>(`SELECT "transmittedAt" FROM "Shipment" WHERE id = $1`, [label!.id]);
    expect(shipment!.transmittedAt).toBeNull();
  });

  it("makes one manifest when two workers run at the same time", async () => {
    const { actor, locationId } = await contractBusiness("sched-race", "12:00");
    await paidBatchOf(actor, 2);
    const now = at("2026-12-11", "12:01");
    const runs = await Promise.all([closeDueLocations({ now, ...quiet }), closeDueLocations({ now, ...quiet })]);
    expect(await manifestsOf(actor)).toEqual([expect.objectContaining({ locationId, shipmentCount: 2 })]);
    expect(runs.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
  });

  it("closes each business's day inside that business: its own labels on its own manifest", async () => {
    const a = await contractBusiness("sched-a", "15:00");
    const b = await contractBusiness("sched-b", "15:00");
    const aLabels = await paidBatchOf(a.actor, 1);
    const bLabels = await paidBatchOf(b.actor, 2);
    await closeDueLocations({ now: at("2026-12-12", "15:00"), ...quiet });
    for (const [made, labels] of [[a, aLabels], [b, bLabels]] as const) {
      const rows = await adminQuery<{ manifestBusiness: string; shipmentBusiness: string; trackingNumber: string }>(
        `SELECT m."businessId" AS "manifestBusiness", s."businessId" AS "shipmentBusiness", s."trackingNumber" FROM "Manifest" m JOIN "Shipment" s ON s."manifestId" = m.id WHERE m."businessId" = $1`,
        [made.actor.businessId],
      );
      expect(rows.map((r) => r.trackingNumber).sort()).toEqual(labels.map((l) => l.trackingNumber).sort());
      expect(new Set(rows.flatMap((r) => [r.manifestBusiness, r.shipmentBusiness]))).toEqual(new Set([made.actor.businessId]));
    }
  });

  it("lists across businesses only the locations with a close time, and can change nothing", async () => {
    const { actor } = await contractBusiness("sched-rls", "09:00");
    await secondLocation(actor, null);
    await paidBatchOf(actor, 1);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT set_config('app.scheduled_close', 'on', true)`);
      const locations = (await client.query(`SELECT "closeTime" FROM "Location"`)).rows as { closeTime: string | null }[];
      const others = (await client.query(`SELECT (SELECT count(*) FROM "Shipment")::int + (SELECT count(*) FROM "Manifest")::int + (SELECT count(*) FROM "Business")::int AS n`)).rows[0].n as number;
      const updated = (await client.query(`UPDATE "Location" SET "autoClosedOn" = '2000-01-01'`)).rowCount;
      await client.query("ROLLBACK");
      expect(locations.length).toBeGreaterThan(0);
      expect(locations.every((l) => l.closeTime !== null)).toBe(true);
      expect(others).toBe(0);
      expect(updated).toBe(0);
    } finally {
      await client.end();
    }
    const [withoutTime] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Location" WHERE "closeTime" IS NULL`);
    expect(withoutTime!.n).toBeGreaterThan(0);
  });
});

describe("a close of the day", () => {
  const claimOf = async (id: string) => (await adminQuery<{ transmitClaim: string | null; transmittedAt: Date | null; manifestId: string | null }>(`SELECT "transmitClaim", "transmittedAt", "manifestId" FROM "Shipment" WHERE id = $1`, [id]))[0]!;

  it("that fails at the carrier leaves the labels pending and the scheduled day to the next run", async () => {
    const { actor, locationId } = await contractBusiness("sched-fail", "10:00");
    const [label] = await paidBatchOf(actor, 1);
    // The label's carrier cannot be reached (no Canada Post account connected).
    await adminQuery(`UPDATE "Shipment" SET carrier = 'canadapost' WHERE id = $1`, [label!.id]);
    const lines: string[] = [];
    expect(await closeDueLocations({ now: at("2026-12-13", "10:05"), log: (l) => lines.push(l) })).toMatchObject({ failed: 1 });
    expect(await manifestsOf(actor)).toEqual([]);
    expect(lines.join("\n")).toContain(locationId);
    expect(await claimOf(label!.id)).toEqual({ transmitClaim: null, transmittedAt: null, manifestId: null });
    const [location] = await adminQuery<{ autoClosedOn: string | null }>(`SELECT "autoClosedOn" FROM "Location" WHERE id = $1`, [locationId]);
    expect(location!.autoClosedOn).toBeNull();

    // Reachable again: the next run closes the day.
    await adminQuery(`UPDATE "Shipment" SET carrier = 'reference' WHERE id = $1`, [label!.id]);
    await closeDueLocations({ now: at("2026-12-13", "10:06"), ...quiet });
    expect(await manifestsOf(actor)).toEqual([expect.objectContaining({ locationId, shipmentCount: 1 })]);
    expect(await claimOf(label!.id)).toMatchObject({ transmitClaim: null, transmittedAt: expect.any(Date), manifestId: expect.any(String) });
  });

  it("waits for another close transmitting the business's labels, and takes over a claim left by one that died", async () => {
    const { actor, locationId } = await contractBusiness("sched-claim", null);
    const [label] = await paidBatchOf(actor, 1);
    await adminQuery(`UPDATE "Shipment" SET "transmitClaim" = 'other-close', "transmitClaimedAt" = now() WHERE id = $1`, [label!.id]);
    await expect(closeTheDay(actor, locationId)).rejects.toMatchObject({ code: "closeInProgress" });
    expect(await manifestsOf(actor)).toEqual([]);
    // Eleven minutes later that close is taken for dead.
    await adminQuery(`UPDATE "Shipment" SET "transmitClaimedAt" = now() - interval '11 minutes' WHERE id = $1`, [label!.id]);
    expect(await closeTheDay(actor, locationId)).toEqual([expect.objectContaining({ shipmentCount: 1 })]);
    expect(await claimOf(label!.id)).toMatchObject({ transmitClaim: null, manifestId: expect.any(String) });
  });
});

describe("the close time on the location form", () => {
  const values = { label: "Warehouse", contactName: "Léa Roy", phone: "514 555 0199", line1: "5000 rue Iberville", province: "QC", postalCode: "H2H 2S6" };

  it("takes a time like 17:30 or nothing, and names the field when it cannot read one", () => {
    const read = (closeTime: string) => parseForm(locationSchema, { ...values, closeTime }, "en");
    expect(read("17:30")).toMatchObject({ ok: true, data: { closeTime: "17:30" } });
    expect(read("9:05")).toMatchObject({ ok: true, data: { closeTime: "09:05" } });
    expect(read("")).toMatchObject({ ok: true, data: { closeTime: "" } });
    for (const bad of ["25:00", "17h30", "5 pm", "17:30:00:00"]) {
      expect(read(bad), bad).toMatchObject({ ok: false, state: { fieldErrors: { closeTime: "Daily close time: enter a time like 17:30 (24-hour clock)." } } });
    }
    expect(parseForm(locationSchema, { ...values, closeTime: "25:00" }, "fr")).toMatchObject({ ok: false, state: { fieldErrors: { closeTime: "Heure de fermeture quotidienne : entrez une heure comme 17:30 (sur 24 heures)." } } });
  });
});
