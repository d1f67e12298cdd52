import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BatchStatus, ShipmentStatus, TrackingStatus } from "@/lib/db/generated/enums";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { createTestBusiness } from "@/tests/fixtures";
import { recentShipments } from "./recent-shipments";
import { shipperToDo } from "./to-do";
import { weeklyTotals } from "./weekly-totals";

/** Wednesday 9 December 2026, 10:00 in Toronto. */
const NOW = new Date("2026-12-09T15:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

interface Parcel {
  name: string;
  serviceCode?: string;
  rateCents?: number;
  labelledAt?: Date;
  status?: ShipmentStatus;
  trackingStatus?: TrackingStatus;
}

let numbers = 0;

/** A batch with its shipments written as the purchase leaves them (set-up shortcut). */
async function insertBatch(ctx: TenantContext, batch: { status: BatchStatus; labelledAt?: Date }, parcels: Parcel[]) {
  return withTenant(ctx, async (tx) => {
    const created = await tx.batch.create({ data: { businessId: ctx.businessId, number: ++numbers, status: batch.status, labelledAt: batch.labelledAt ?? null }, select: { id: true, number: true } });
    for (const [position, p] of parcels.entries()) {
      const issued = p.labelledAt !== undefined;
      await tx.shipment.create({
        data: {
          businessId: ctx.businessId,
          batchId: created.id,
          position,
          recipientName: p.name,
          recipientCity: "Québec",
          status: p.status ?? (issued ? "LABELLED" : "DRAFT"),
          serviceCode: p.serviceCode ?? null,
          rateCents: p.rateCents ?? null,
          labelledAt: p.labelledAt ?? null,
          trackingNumber: issued ? `T${crypto.randomBytes(8).toString("hex")}` : null,
          trackingStatus: issued ? (p.trackingStatus ?? "IN_TRANSIT") : null,
          trackedAt: issued ? p.labelledAt : null,
        },
      });
    }
    return created;
  });
}

async function insertPickup(ctx: TenantContext, p: { date: string; postalCode: string; status?: "SCHEDULED" | "CANCELLED" }) {
  const confirmationNumber = `P${crypto.randomInt(1e8, 9e8)}`;
  await withTenant(ctx, (tx) =>
    tx.pickup.create({
      data: {
        businessId: ctx.businessId, line1: "111 Wellington St", city: "Ottawa", province: "ON", postalCode: p.postalCode, date: p.date, readyTime: "13:00", closingTime: "17:00",
        location: "FRONT_DESK", contactName: "Owner", contactPhone: "613 555 0100", contactEmail: "owner@example.com", parcels: 3, totalWeightGrams: 3000, confirmationNumber, status: p.status ?? "SCHEDULED",
      },
    }),
  );
  return confirmationNumber;
}

async function twoBusinesses() {
  const mine = await createTestBusiness("overview");
  const other = await createTestBusiness("overview-other");
  return { me: { businessId: mine.id, userId: mine.owner.id }, them: { businessId: other.id, userId: other.owner.id } };
}

describe("the shipper's overview", () => {
  it("lists what to do now: drafts with their rows, labels issued this week, today's pickups, problems in tracking", async () => {
    const { me, them } = await twoBusinesses();
    const draft = await insertBatch(me, { status: "DRAFT" }, [{ name: "Row one" }, { name: "Row two" }]);
    const fresh = await insertBatch(me, { status: "LABELLED", labelledAt: daysAgo(2) }, [{ name: "Fresh", labelledAt: daysAgo(2), serviceCode: "DOM.EP", rateCents: 1500 }]);
    await insertBatch(me, { status: "LABELLED", labelledAt: daysAgo(30) }, [{ name: "Old", labelledAt: daysAgo(30), serviceCode: "DOM.EP", rateCents: 1500 }]);
    await insertBatch(me, { status: "LABELLED", labelledAt: daysAgo(40) }, [
      { name: "Lost parcel", labelledAt: daysAgo(40), serviceCode: "DOM.XP", rateCents: 2000, trackingStatus: "EXCEPTION" },
      { name: "Coming back", labelledAt: daysAgo(40), serviceCode: "DOM.XP", rateCents: 2000, trackingStatus: "RETURNED" },
      { name: "All good", labelledAt: daysAgo(40), serviceCode: "DOM.XP", rateCents: 2000, trackingStatus: "DELIVERED" },
    ]);
    const today = await insertPickup(me, { date: "2026-12-09", postalCode: "K1A 0A9" });
    await insertPickup(me, { date: "2026-12-10", postalCode: "K1A 0A9" });
    await insertPickup(me, { date: "2026-12-09", postalCode: "K1A 0A9", status: "CANCELLED" });
    // Everything of another business, which must never show.
    await insertBatch(them, { status: "DRAFT" }, [{ name: "Their draft" }]);
    await insertBatch(them, { status: "LABELLED", labelledAt: daysAgo(1) }, [{ name: "Their problem", labelledAt: daysAgo(1), serviceCode: "DOM.PC", rateCents: 9000, trackingStatus: "EXCEPTION" }]);
    await insertPickup(them, { date: "2026-12-09", postalCode: "K1A 0A9" });

    const todo = await shipperToDo(me, NOW);
    expect(todo.drafts).toEqual([expect.objectContaining({ id: draft.id, number: draft.number, rows: 2, status: "DRAFT" })]);
    expect(todo.draftCount).toBe(1);
    expect(todo.toPrint).toEqual([expect.objectContaining({ id: fresh.id, labels: 1 })]);
    expect(todo.pickupsToday.map((p) => p.confirmationNumber)).toEqual([today]);
    expect(todo.pickupsToday[0]).toMatchObject({ readyTime: "13:00", closingTime: "17:00" });
    expect(todo.problems.map((s) => [s.recipientName, s.trackingStatus]).sort()).toEqual([["Coming back", "RETURNED"], ["Lost parcel", "EXCEPTION"]]);
    expect(todo.problemCount).toBe(2);
  });

  it("counts a pickup's day on its own clock: late evening in Vancouver is already tomorrow in Toronto", async () => {
    const { me } = await twoBusinesses();
    const vancouver = await insertPickup(me, { date: "2026-12-09", postalCode: "V6Z 2H6" });
    await insertPickup(me, { date: "2026-12-09", postalCode: "K1A 0A9" });
    const lateEvening = new Date("2026-12-10T06:00:00Z"); // 22:00 in Vancouver, 01:00 in Toronto
    expect((await shipperToDo(me, lateEvening)).pickupsToday.map((p) => p.confirmationNumber)).toEqual([vancouver]);
  });

  it("totals spend and volume per Toronto week and service, without voided labels or another business's", async () => {
    const { me, them } = await twoBusinesses();
    await insertBatch(me, { status: "LABELLED", labelledAt: daysAgo(1) }, [
      { name: "This week", labelledAt: new Date("2026-12-08T15:00:00Z"), serviceCode: "DOM.EP", rateCents: 1000 },
      // 23:30 on Sunday 6 December in Toronto, already Monday in UTC: last week.
      { name: "Sunday night", labelledAt: new Date("2026-12-07T04:30:00Z"), serviceCode: "DOM.XP", rateCents: 2500 },
      { name: "Two weeks ago", labelledAt: new Date("2026-11-24T15:00:00Z"), serviceCode: "DOM.EP", rateCents: 1200 },
      { name: "Voided", labelledAt: new Date("2026-11-24T15:00:00Z"), serviceCode: "DOM.EP", rateCents: 900, status: "VOIDED" },
      { name: "Too old", labelledAt: new Date("2026-10-01T15:00:00Z"), serviceCode: "DOM.RP", rateCents: 700 },
    ]);
    await insertBatch(them, { status: "LABELLED", labelledAt: daysAgo(1) }, [{ name: "Theirs", labelledAt: new Date("2026-12-08T15:00:00Z"), serviceCode: "DOM.PC", rateCents: 5000 }]);

    const totals = await weeklyTotals(me, { weeks: 4, now: NOW });
    expect(totals.weeks).toEqual([
      { weekStart: "2026-11-16", parcels: 0, spendCents: 0, byService: [] },
      { weekStart: "2026-11-23", parcels: 1, spendCents: 1200, byService: [{ serviceCode: "DOM.EP", parcels: 1, spendCents: 1200 }] },
      { weekStart: "2026-11-30", parcels: 1, spendCents: 2500, byService: [{ serviceCode: "DOM.XP", parcels: 1, spendCents: 2500 }] },
      { weekStart: "2026-12-07", parcels: 1, spendCents: 1000, byService: [{ serviceCode: "DOM.EP", parcels: 1, spendCents: 1000 }] },
    ]);
    expect(totals.services).toEqual(["DOM.EP", "DOM.XP"]);
    expect(totals).toMatchObject({ parcels: 3, spendCents: 4700 });
    expect((await weeklyTotals(them, { weeks: 4, now: NOW })).spendCents).toBe(5000);
  });

  it("shows the last issued shipments newest first, never drafts or another business's", async () => {
    const { me, them } = await twoBusinesses();
    await insertBatch(me, { status: "DRAFT" }, [{ name: "Draft row" }]);
    await insertBatch(me, { status: "LABELLED", labelledAt: daysAgo(1) }, [
      { name: "Older", labelledAt: daysAgo(3), serviceCode: "DOM.EP", rateCents: 1000 },
      { name: "Newer", labelledAt: daysAgo(1), serviceCode: "DOM.XP", rateCents: 2000, trackingStatus: "DELIVERED" },
    ]);
    await insertBatch(them, { status: "LABELLED", labelledAt: daysAgo(0) }, [{ name: "Theirs", labelledAt: daysAgo(0), serviceCode: "DOM.PC", rateCents: 5000 }]);
    const rows = await recentShipments(me);
    expect(rows.map((s) => [s.recipientName, s.serviceCode, s.trackingStatus])).toEqual([["Newer", "DOM.XP", "DELIVERED"], ["Older", "DOM.EP", "IN_TRANSIT"]]);
    expect(rows.every((s) => s.trackingNumber)).toBe(true);
  });

  it("is empty for a new business", async () => {
    const { me } = await twoBusinesses();
    const todo = await shipperToDo(me, NOW);
    expect(todo).toMatchObject({ drafts: [], toPrint: [], pickupsToday: [], problems: [], draftCount: 0, problemCount: 0 });
    expect(await recentShipments(me)).toEqual([]);
    expect((await weeklyTotals(me, { weeks: 12, now: NOW })).weeks).toHaveLength(12);
  });
});
