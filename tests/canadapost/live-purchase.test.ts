/**
 * A business with its own Canada Post account, against the local fake Canada Post server: rates
 * come from Canada Post (sandbox), "Buy labels" charges nothing at Envoi, the labels Canada Post
 * drew are stored as they came and merged, a void becomes a refund request, tracking comes back
 * from Canada Post; a Canada Post that fails or throttles says so on the rows and loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { batchView } from "@/lib/batches/batch-view";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { resetEnvForTests } from "@/lib/env";
import { completePurchase } from "@/lib/purchases/complete";
import { payBatch } from "@/lib/purchases/pay";
import { rateBatch } from "@/lib/rates/batch-rates";
import { batchLabelsPdf } from "@/lib/shipments/label-files";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { settleRefund } from "@/lib/shipments/settle-refund";
import { voidShipment } from "@/lib/shipments/void-shipment";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { refreshTracking } from "@/lib/tracking/refresh";
import { createContacts, payingBusiness } from "../batch-helpers";
import { adminQuery } from "../db";
import { createTestCarrierAccount } from "../fixtures";
import { startFakeCanadaPost, type FakeCanadaPost } from "./fake-server/server";
import { bookPickup } from "@/lib/pickups/pickups";
import { drainJobs } from "../jobs";
import { mailCatcherForFile } from "../mail";

const mailbox = mailCatcherForFile("cp-live-purchase");

let fake: FakeCanadaPost;

beforeAll(async () => {
  fake = await startFakeCanadaPost();
  process.env.CANADAPOST_API_URL = fake.url;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.CANADAPOST_API_URL;
  resetEnvForTests();
  await fake.close();
});

async function draftBatch(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  for (const row of await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }))) {
    await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
  }
  return batch.id;
}

const rows = (actor: Actor, batchId: string) => withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));

describe("shipping with the business's own Canada Post account", () => {
  it("rates with Canada Post, buys without charging at Envoi, stores Canada Post's labels, voids by refund request and tracks", async () => {
    const { actor, business } = await payingBusiness("cp-live");
    const account = await createTestCarrierAccount(business);
    const batchId = await draftBatch(actor, 3);
    expect(await rateBatch(actor, batchId)).toEqual({ rated: 3, unrated: 0 });

    const before = await batchView(actor, batchId, "en", "METRIC");
    expect(before.seller).toMatchObject({ carrier: "canadapost", mode: "sandbox", billedBy: "carrier", customerNumber: "2004381" });
    expect(before.ready).toBe(true);
    expect(fake.requests.filter((r) => r.operation === "getRates").length).toBeGreaterThanOrEqual(3);

    const paid = await payBatch(actor, batchId, "ACCOUNT");
    expect(paid).toMatchObject({ status: "PAID", charged: false });
    expect(await adminQuery(`SELECT id FROM "AccountTransaction" WHERE "batchId" = $1`, [batchId])).toEqual([]);

    expect(await completePurchase(actor, batchId)).toBe("completed");
    const bought = await rows(actor, batchId);
    for (const s of bought) {
      expect(s).toMatchObject({ status: "LABELLED", carrier: "canadapost", carrierAccountId: account.id, carrierMode: "sandbox" });
      expect(s.trackingNumber).toMatch(/^\d{16}$/);
    }
    const stored = await adminQuery<{ pdf: Buffer }>(`SELECT pdf FROM "LabelPdf" WHERE "shipmentId" = $1`, [bought[0]!.id]);
    expect(stored[0]!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const merged = await batchLabelsPdf(actor, batchId, "PDF_4X6");
    expect((await PDFDocument.load(merged!.bytes)).getPageCount()).toBe(3);
    expect((await batchView(actor, batchId, "en", "METRIC")).batch).toMatchObject({ status: "LABELLED", paymentMethod: "CARRIER" });

    const voided = await voidShipment(actor, bought[0]!.id);
    expect(voided).toMatchObject({ refundRequested: true, creditedCents: 0 });
    expect((await rows(actor, batchId))[0]).toMatchObject({ status: "VOID_REQUESTED", refundTicket: expect.stringMatching(/\S/) });
    // Canada Post refunds the business itself: settling the request returns nothing at Envoi.
    expect(await settleRefund({ businessId: actor.businessId, userId: null }, bought[0]!.id, "refunded")).toEqual({ status: "VOIDED", creditedCents: 0 });
    expect(await adminQuery(`SELECT id FROM "AccountTransaction" WHERE "batchId" = $1 OR "shipmentId" = $2`, [batchId, bought[0]!.id])).toEqual([]);
    expect(fake.requests.some((r) => r.operation === "refundNcShipment" || /refund$/.test(r.path))).toBe(true);

    const tracked = await refreshTracking(actor, { now: new Date() });
    expect(tracked.shipments).toBeGreaterThanOrEqual(2);
    expect(fake.requests.filter((r) => r.path.startsWith("/vis/track/pin/")).length).toBeGreaterThanOrEqual(2);
  });

  it("says before paying that Canada Post sells a return label with the shipment only on a contract", async () => {
    const { actor, business } = await payingBusiness("cp-return");
    await createTestCarrierAccount(business);
    const batchId = await draftBatch(actor, 1);
    const [row] = await rows(actor, batchId);
    await saveRow(actor, batchId, row!.id, { ...draftFromRow(row!), includeReturnLabel: true });
    await rateBatch(actor, batchId);
    const view = await batchView(actor, batchId, "en", "METRIC");
    expect(view.ready).toBe(false);
    expect(view.rows[0]!.problems).toEqual([expect.objectContaining({ field: "includeReturnLabel", text: expect.stringMatching(/^Canada Post sells a return label with the shipment only to contract customers\./) })]);
    await expect(payBatch(actor, batchId, "CARRIER")).rejects.toThrow();
  });

  it("books a pickup with Canada Post: Canada Post bills its fee, Envoi charges nothing, and the email says so", async () => {
    const { actor, business, locationId } = await payingBusiness("cp-pickup");
    await createTestCarrierAccount(business);
    const monday = new Date("2026-12-07T15:00:00Z");
    const booked = await bookPickup(actor, { locationId, address: null, date: "2026-12-08", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", instructions: null, contact: { name: "Léa Roy", phone: "613 555 0100", email: "cp-dock@example.com" }, parcels: 2, totalWeightGrams: 4000, heavy: false }, "en", monday);
    const stored = await withTenant(actor, (tx) => tx.pickup.findFirstOrThrow({ where: { id: booked.id, businessId: actor.businessId } }));
    expect(stored).toMatchObject({ carrier: "canadapost", carrierAccountId: expect.any(String), confirmationNumber: booked.confirmationNumber });
    expect(stored.totalCents).toBeGreaterThan(0);
    expect(fake.requests.some((r) => r.method === "POST" && r.path === "/enab/2004381/pickuprequest" && r.status < 300)).toBe(true);
    expect(await adminQuery(`SELECT id FROM "AccountTransaction" WHERE "pickupId" = $1`, [booked.id])).toEqual([]);
    await drainJobs(["email"]);
    const [mail] = await mailbox.to("cp-dock@example.com");
    expect(mail!.text).toContain("billed by Canada Post to your Canada Post account");
  });

  it("shows Canada Post's failure on each row and keeps what was typed; the next try rates", async () => {
    const { actor, business } = await payingBusiness("cp-down");
    await createTestCarrierAccount(business);
    const batchId = await draftBatch(actor, 2);
    const typed = (await rows(actor, batchId)).map((r) => r.recipientName);
    fake.control.failNext(6, "http500", { operation: "rating" });
    await rateBatch(actor, batchId);
    const view = await batchView(actor, batchId, "fr", "METRIC");
    expect(view.ready).toBe(false);
    for (const row of view.rows) expect(row.problems.map((p) => p.text).join(" ")).toContain("Postes Canada n'a pas répondu");
    expect((await rows(actor, batchId)).map((r) => r.recipientName)).toEqual(typed);
    fake.control.reset();
    await rateBatch(actor, batchId);
    expect((await batchView(actor, batchId, "en", "METRIC")).ready).toBe(true);
  });

  it("a throttled purchase stays paid with the reason shown and completes on the next run, buying each label once", async () => {
    const { actor, business } = await payingBusiness("cp-busy");
    await createTestCarrierAccount(business);
    const batchId = await draftBatch(actor, 2);
    await rateBatch(actor, batchId);
    await payBatch(actor, batchId, "CARRIER");
    fake.control.failNext(100, "throttle", { operation: "shipments" });
    await expect(completePurchase(actor, batchId)).rejects.toThrow();
    const waiting = await batchView(actor, batchId, "en", "METRIC");
    expect(waiting.batch.status).toBe("PAID");
    expect(waiting.batch.labelsError).toBeTruthy();
    fake.control.reset();
    const creates = () => fake.requests.filter((r) => r.operation === "createNcShipment" && r.status < 300).length;
    const before = creates();
    expect(await completePurchase(actor, batchId)).toBe("completed");
    expect(creates() - before).toBe(2);
    expect((await rows(actor, batchId)).every((r) => r.status === "LABELLED")).toBe(true);
  });
});
