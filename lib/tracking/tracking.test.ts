import { describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { recipientOf as toOf, mailCatcherForFile } from "@/tests/mail";
import { publicTracking } from "./public";
import { refreshTracking } from "./refresh";

const { mails } = mailCatcherForFile("tracking");

const paidWithNotifications = (actor: Actor, notifications: { email: string; events: ("shipped" | "exception" | "delivered")[] }[]) =>
  paidBatchOf(actor, 3, (draft) => ({ ...draft, notifications }));

const day = (iso: string, n: number, hour = 12) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000 + hour * 3_600_000);

describe("tracking and delivery updates", () => {
  it("events advance with the clock and each subscribed address gets each event once, by email", async () => {
    const { actor } = await payingBusiness("track1");
    const shipments = await paidWithNotifications(actor, [
      { email: "shop-owner@example.com", events: ["shipped", "exception", "delivered"] },
      { email: "customer@example.com", events: ["delivered"] },
    ]);
    expect(shipments.every((s) => s.trackingStatus === "CREATED")).toBe(true);
    // The purchase's receipt goes out first; what follows is tracking's own.
    expect(await withTenant(actor, (tx) => tx.emailMessage.findMany({ where: { businessId: actor.businessId }, select: { kind: true } }))).toEqual([{ kind: "RECEIPT" }]);
    await drainJobs(["email"]);
    const mailing = (shipments[0]!.labelData as { quote: { mailingDate: string } }).quote.mailingDate;

    // Before the parcels are handed over: nothing but the label.
    await refreshTracking(actor, { now: new Date(shipments[0]!.labelledAt!.getTime() + 60_000) });
    let stored = await withTenant(actor, (tx) => tx.trackingEvent.findMany({ where: { businessId: actor.businessId } }));
    expect(new Set(stored.map((e) => e.status))).toEqual(new Set(["CREATED"]));
    expect(await drainJobs(["email"])).toEqual({ ran: 0, failed: 0 });

    // The evening of the mailing day (UTC noon next day): accepted and on its way; "shipped" to the owner only.
    await refreshTracking(actor, { now: day(mailing, 1, 3) });
    const afterShipped = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: shipments[0]!.batchId, businessId: actor.businessId } }));
    for (const s of afterShipped) expect(["IN_TRANSIT", "EXCEPTION"]).toContain(s.trackingStatus);
    await drainJobs(["email"]);
    let all = await mails();
    const shipped = all.filter((m) => /on its way/i.test(m.subject ?? ""));
    expect(shipped.map(toOf).sort()).toEqual(Array(3).fill("shop-owner@example.com"));
    for (const s of shipments) {
      const mail = shipped.find((m) => m.text!.includes(s.trackingNumber!))!;
      expect(mail.text).toContain(`/track/${s.trackingNumber}`);
      expect(mail.html).toContain(s.trackingNumber!);
    }

    // Asking again at the same time changes nothing and sends nothing.
    await refreshTracking(actor, { now: day(mailing, 1, 3) });
    expect((await drainJobs(["email"])).ran).toBe(0);

    // Weeks later every parcel is delivered (or, rarely, back with the sender).
    await refreshTracking(actor, { now: day(mailing, 30) });
    await refreshTracking(actor, { now: day(mailing, 31) });
    await drainJobs(["email"]);
    const final = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: shipments[0]!.batchId, businessId: actor.businessId } }));
    all = await mails();
    for (const s of final) {
      expect(["DELIVERED", "RETURNED"]).toContain(s.trackingStatus);
      if (s.trackingStatus !== "DELIVERED") continue;
      expect(s.deliveredAt).not.toBeNull();
      const delivered = all.filter((m) => /was delivered/i.test(m.subject ?? "") && m.text!.includes(s.trackingNumber!));
      expect(delivered.map(toOf).sort()).toEqual(["customer@example.com", "shop-owner@example.com"]);
    }
    // Every (address, event, shipment) at most once.
    const keys = all.map((m) => `${toOf(m)}|${m.subject}|${final.find((s) => m.text!.includes(s.trackingNumber!))?.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    stored = await withTenant(actor, (tx) => tx.trackingEvent.findMany({ where: { businessId: actor.businessId }, orderBy: { occurredAt: "asc" } }));
    expect(stored.length).toBeGreaterThan(3 * 4);
    const log = await withTenant(actor, (tx) => tx.emailMessage.findMany({ where: { businessId: actor.businessId } }));
    expect(log.every((e) => e.status === "SENT" && e.sentAt && e.attempts === 1)).toBe(true);
  });

  it("writes delivery updates in the business's language for its customers", async () => {
    const { actor } = await payingBusiness("track2");
    await withTenant(actor, (tx) => tx.businessSettings.update({ where: { businessId: actor.businessId }, data: { locale: "fr" } }));
    const [s] = await paidWithNotifications(actor, [{ email: "client-fr@example.com", events: ["shipped"] }]);
    const mailing = (s!.labelData as { quote: { mailingDate: string } }).quote.mailingDate;
    await refreshTracking(actor, { now: day(mailing, 1, 3) });
    await drainJobs(["email"]);
    const mine = (await mails()).filter((m) => toOf(m) === "client-fr@example.com");
    expect(mine).toHaveLength(3);
    expect(mine[0]!.text).toContain("lang=fr");
    expect(mine[0]!.subject).not.toMatch(/on its way/i);
  });

  it("asking again with nothing new only notes when each parcel was asked about; an address added since still gets the update already due", async () => {
    const { actor } = await payingBusiness("track-quiet");
    const shipments = await paidWithNotifications(actor, [{ email: "owner@example.com", events: ["shipped"] }]);
    await drainJobs(["email"]);
    const mailing = (shipments[0]!.labelData as { quote: { mailingDate: string } }).quote.mailingDate;
    const read = () => withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: shipments[0]!.batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));
    const events = () => withTenant(actor, (tx) => tx.trackingEvent.count({ where: { businessId: actor.businessId } }));

    await refreshTracking(actor, { now: day(mailing, 1, 3) });
    expect((await drainJobs(["email"])).ran).toBe(3);
    const before = await read();
    const eventsBefore = await events();

    // A second later the carrier has nothing new: statuses, events and mail stay; the time asked moves.
    // (The reference carrier's events fall on whole minutes: a minute later, one may be due.)
    const later = new Date(day(mailing, 1, 3).getTime() + 1_000);
    expect(await refreshTracking(actor, { now: later })).toEqual({ shipments: 3, events: 0, notices: 0 });
    const after = await read();
    expect(after.map((s) => s.trackingStatus)).toEqual(before.map((s) => s.trackingStatus));
    expect(after.map((s) => s.trackedAt?.toISOString())).toEqual(Array(3).fill(later.toISOString()));
    expect(await events()).toBe(eventsBefore);
    expect((await drainJobs(["email"])).ran).toBe(0);

    // The shop adds an address to one parcel: the next refresh sends it the update already due, and only that.
    await withTenant(actor, (tx) =>
      tx.shipment.update({ where: { id: shipments[1]!.id }, data: { notifications: [{ email: "owner@example.com", events: ["shipped"] }, { email: "late@example.com", events: ["shipped"] }] } }),
    );
    expect(await refreshTracking(actor, { now: new Date(later.getTime() + 1_000) })).toEqual({ shipments: 3, events: 0, notices: 1 });
    await drainJobs(["email"]);
    const late = (await mails()).filter((m) => toOf(m) === "late@example.com");
    expect(late).toHaveLength(1);
    expect(late[0]!.text).toContain(shipments[1]!.trackingNumber!);
  });

  it("never asks about a parcel whose service Canada Post does not track: no events, no delivery updates", async () => {
    const { actor } = await payingBusiness("track3");
    const [s] = await paidBatchOf(actor, 1, (d) => ({
      ...d,
      serviceCode: "USA.SP.AIR",
      weightGrams: 500,
      recipient: { ...d.recipient, country: "US", province: "NY", postalCode: "10001", city: "New York", line1: "350 5th Ave", phone: "212 555 0100" },
      customs: { currency: "CAD", reason: "SALE_OF_GOODS", items: [{ description: "Wool scarf", quantity: 1, unitValueCents: 4500, unitWeightGrams: 400, hsCode: "611710", originCountry: "CA" }] },
      notifications: [{ email: "untracked@example.com", events: ["shipped", "delivered"] }],
    }));
    expect(s).toMatchObject({ status: "LABELLED", serviceCode: "USA.SP.AIR" });
    const mailing = (s!.labelData as { quote: { mailingDate: string } }).quote.mailingDate;
    expect(await refreshTracking(actor, { now: day(mailing, 30) })).toEqual({ shipments: 0, events: 0, notices: 0 });
    expect(await withTenant(actor, (tx) => tx.trackingEvent.count({ where: { businessId: actor.businessId } }))).toBe(0);
    await drainJobs(["email"]);
    expect((await mails()).filter((m) => toOf(m) === "untracked@example.com")).toEqual([]);
    // The public tracking page says it is not tracked, with no date to expect.
    expect(await publicTracking(s!.trackingNumber!, day(mailing, 30))).toMatchObject({ tracked: false, expectedDeliveryDate: null, events: [] });
  });
});
