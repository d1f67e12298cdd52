/**
 * Refund requests and their settlement, against the local fake Canada Post server. With the
 * platform's Canada Post account Envoi charged the business (on account here): a void asks Canada
 * Post for a refund, keeps its service ticket and returns nothing yet; the operator then records
 * Canada Post's answer: refunded (voided, credited) or refused (the label stands, still paid).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { resetEnvForTests } from "@/lib/env";
import { completePurchase } from "@/lib/purchases/complete";
import { payBatch } from "@/lib/purchases/pay";
import { rateBatch } from "@/lib/rates/batch-rates";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { pendingRefunds, settleRefund } from "@/lib/shipments/settle-refund";
import { voidShipment } from "@/lib/shipments/void-shipment";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { createContacts, payingBusiness } from "../batch-helpers";
import { adminQuery } from "../db";
import { TEST_CARRIER_KEY } from "../fixtures";
import { startFakeCanadaPost, type FakeCanadaPost } from "./fake-server/server";

let fake: FakeCanadaPost;
const PLATFORM = { CANADAPOST_USERNAME: TEST_CARRIER_KEY.username, CANADAPOST_PASSWORD: TEST_CARRIER_KEY.password, CANADAPOST_CUSTOMER_NUMBER: TEST_CARRIER_KEY.customerNumber };

beforeAll(async () => {
  fake = await startFakeCanadaPost();
  Object.assign(process.env, PLATFORM, { CANADAPOST_API_URL: fake.url });
  resetEnvForTests();
});
afterAll(async () => {
  for (const key of [...Object.keys(PLATFORM), "CANADAPOST_API_URL"]) delete process.env[key];
  resetEnvForTests();
  await fake.close();
});

const rows = (actor: Actor, batchId: string) => withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));
const credits = (shipmentId: string) => adminQuery<{ amountCents: number }>(`SELECT "amountCents" FROM "AccountTransaction" WHERE "shipmentId" = $1 AND type = 'CREDIT'`, [shipmentId]);

async function boughtOnAccount(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  for (const row of await rows(actor, batch.id)) await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
  expect(await rateBatch(actor, batch.id)).toEqual({ rated: n, unrated: 0 });
  expect(await payBatch(actor, batch.id, "ACCOUNT")).toMatchObject({ status: "PAID", charged: true });
  expect(await completePurchase(actor, batch.id)).toBe("completed");
  return rows(actor, batch.id);
}

describe("refund requests on the platform's Canada Post account", () => {
  it("keeps Canada Post's ticket, returns the money only once refunded, and restores a refused label", async () => {
    const { actor } = await payingBusiness("cp-refunds");
    const [first, second] = await boughtOnAccount(actor, 2);
    expect(first).toMatchObject({ status: "LABELLED", carrier: "canadapost", carrierAccountId: null, carrierMode: "sandbox" });

    expect(await voidShipment(actor, first!.id)).toMatchObject({ refundRequested: true, creditedCents: 0 });
    expect(await voidShipment(actor, second!.id)).toMatchObject({ refundRequested: true, creditedCents: 0 });
    const requested = await rows(actor, first!.batchId);
    expect(requested.map((r) => r.status)).toEqual(["VOID_REQUESTED", "VOID_REQUESTED"]);
    expect(requested[0]!.refundTicket).toMatch(/\S/);
    expect(requested[0]!.refundTicketDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await credits(first!.id)).toEqual([]);
    expect((await pendingRefunds(actor)).map((r) => r.trackingNumber)).toEqual([first!.trackingNumber, second!.trackingNumber]);

    const operator = { businessId: actor.businessId, userId: null };
    expect(await settleRefund(operator, first!.id, "refunded")).toEqual({ status: "VOIDED", creditedCents: first!.rateCents });
    expect(await credits(first!.id)).toEqual([{ amountCents: first!.rateCents }]);
    expect(await settleRefund(operator, second!.id, "refused")).toEqual({ status: "LABELLED", creditedCents: 0 });
    expect(await credits(second!.id)).toEqual([]);

    const after = await rows(actor, first!.batchId);
    expect(after.map((r) => r.status)).toEqual(["VOIDED", "LABELLED"]);
    expect(after[1]!.voidedAt).toBeNull();
    expect(await pendingRefunds(actor)).toEqual([]);
    // Settled once: a second answer is refused, and nothing is credited twice.
    await expect(settleRefund(operator, first!.id, "refunded")).rejects.toMatchObject({ code: "voidNotAllowed" });
    expect(await credits(first!.id)).toHaveLength(1);
    const audit = await adminQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "businessId" = $1 AND action LIKE 'shipment.refund%' ORDER BY "createdAt"`, [actor.businessId]);
    expect(audit.map((a) => a.action)).toEqual(["shipment.refunded", "shipment.refundRefused"]);
  });

  it("does not settle another business's refund request", async () => {
    const { actor } = await payingBusiness("cp-refunds-a");
    const { actor: other } = await payingBusiness("cp-refunds-b");
    const [shipment] = await boughtOnAccount(actor, 1);
    await voidShipment(actor, shipment!.id);
    await expect(settleRefund({ businessId: other.businessId, userId: null }, shipment!.id, "refunded")).rejects.toMatchObject({ code: "notFound" });
    expect(await credits(shipment!.id)).toEqual([]);
  });
});
