/**
 * A return label bought on the business's own Canada Post contract account (against the local fake
 * Canada Post server): Canada Post bills the business, so its first scan charges nothing on Envoi's
 * ledger, while the return still moves on (scanned, then back at the business).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { issueReturn } from "@/lib/returns/issue";
import { refreshReturns } from "@/lib/returns/scan";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf, payingBusiness } from "../batch-helpers";
import { adminQuery } from "../db";
import { createTestCarrierAccount } from "../fixtures";
import { startFakeCanadaPost, type FakeCanadaPost } from "./fake-server/server";
import { CONTRACT_ACCOUNT } from "./fake-server/test-client";

let fake: FakeCanadaPost;

beforeAll(async () => {
  fake = await startFakeCanadaPost({ accounts: [CONTRACT_ACCOUNT] });
  process.env.CANADAPOST_API_URL = fake.url;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.CANADAPOST_API_URL;
  resetEnvForTests();
  await fake.close();
});

describe("a return label on the business's own Canada Post account", () => {
  it("is charged nothing by Envoi when Canada Post first scans it, and still arrives back", async () => {
    const { actor, business } = await payingBusiness("cp-own-return");
    const account = await createTestCarrierAccount(business, { username: CONTRACT_ACCOUNT.username, password: CONTRACT_ACCOUNT.password, customerNumber: CONTRACT_ACCOUNT.customerNumber, contractNumber: CONTRACT_ACCOUNT.contractNumber });
    const [shipment] = await paidBatchOf(actor, 1);
    expect(shipment).toMatchObject({ carrier: "canadapost", carrierAccountId: account.id });
    const ledgerBefore = await adminQuery<{ id: string }>(`SELECT id FROM "AccountTransaction" WHERE "businessId" = $1`, [actor.businessId]);

    const ret = await issueReturn(actor, { shipmentId: shipment!.id, reason: "damaged", customerEmail: null, source: "business" });
    expect(fake.requests.map((r) => r.operation)).toContain("createAuthorizedReturn");
    // Canada Post's estimate: what Envoi would charge on its own account.
    expect(ret.estimatedCents).toBeGreaterThan(0);
    const row = () => withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id: ret.id } }));
    expect(await row()).toMatchObject({ status: "ISSUED", carrier: "canadapost", carrierAccountId: account.id, trackingNumber: ret.trackingNumber });

    // Not scanned yet: nothing happens.
    fake.control.setTrackingStage(ret.trackingNumber!, "created");
    expect(await refreshReturns(actor)).toEqual({ scanned: 0, arrived: 0 });

    // Canada Post scans it on its way back, then delivers it to the business.
    fake.control.setTrackingStage(ret.trackingNumber!, "inTransit");
    expect(await refreshReturns(actor)).toEqual({ scanned: 1, arrived: 0 });
    expect(await row()).toMatchObject({ status: "IN_TRANSIT", chargedCents: 0 });
    fake.control.setTrackingStage(ret.trackingNumber!, "delivered");
    expect(await refreshReturns(actor)).toEqual({ scanned: 0, arrived: 1 });
    expect(await row()).toMatchObject({ status: "ARRIVED", chargedCents: 0 });

    // Envoi's ledger: no charge for the return, nothing at all since it was issued.
    expect(await adminQuery(`SELECT id FROM "AccountTransaction" WHERE "returnId" = $1`, [ret.id])).toEqual([]);
    expect(await adminQuery<{ id: string }>(`SELECT id FROM "AccountTransaction" WHERE "businessId" = $1`, [actor.businessId])).toEqual(ledgerBefore);
    const [audit] = await adminQuery<{ details: { amountCents: number } }>(`SELECT details FROM "AuditLog" WHERE "businessId" = $1 AND action = 'return.charged'`, [actor.businessId]);
    expect(audit!.details.amountCents).toBe(0);
  }, 120_000);
});
