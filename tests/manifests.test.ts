import { describe, expect, it } from "vitest";
import { pageText } from "@/lib/labels/pdf-test-tools";
import { closeTheDay, pendingByLocation, shipsUnderContract } from "@/lib/manifests/close-day";
import { getManifest, listManifests, manifestPdf } from "@/lib/manifests/list";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "./batch-helpers";
import { adminQuery } from "./db";

async function contractBusiness(label: string) {
  const made = await payingBusiness(label);
  await withTenant(made.actor, (tx) => tx.business.update({ where: { id: made.business.id }, data: { contractNumber: "0042708517" } }));
  return made;
}

const ledger = (actor: Actor) => adminQuery<{ type: string; amountCents: number }>(`SELECT type::text, "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 ORDER BY "createdAt"`, [actor.businessId]);

describe("end of the day", () => {
  it("groups a contract business's labels per day and location, transmits them once into a manifest to print, and a later void is a refund request", async () => {
    const { actor, locationId } = await contractBusiness("manifest-day");
    const shipments = await paidBatchOf(actor, 3);
    expect(await shipsUnderContract(actor)).toBe(true);
    expect(new Set(shipments.map((s) => s.groupId)).size).toBe(1);
    expect(shipments[0]!.groupId).toMatch(/^\d{8}-[0-9a-f]{12}$/);
    expect((shipments[0]!.labelData as { label: { contractNumber: string } }).label.contractNumber).toBe("0042708517");
    expect(await pendingByLocation(actor)).toEqual([expect.objectContaining({ locationId, count: 3, weightGrams: 3000 })]);

    const [made] = await closeTheDay(actor, locationId);
    expect(made).toMatchObject({ number: expect.stringMatching(/^\d{12}$/), shipmentCount: 3 });
    expect(await pendingByLocation(actor)).toEqual([]);
    // Closing again transmits nothing and makes no second manifest.
    expect(await closeTheDay(actor, locationId)).toEqual([]);
    expect(await listManifests(actor)).toHaveLength(1);

    const manifest = await getManifest(actor, made!.id);
    expect(manifest!.shipments.map((s) => s.trackingNumber).sort()).toEqual(shipments.map((s) => s.trackingNumber).sort());
    expect(manifest!.totalCents).toBe(shipments.reduce((sum, s) => sum + (s.rateCents ?? 0), 0));
    const pdf = await manifestPdf(actor, made!.id);
    const text = pageText(pdf!.bytes, 1);
    expect(text).toContain(`Manifest ${made!.number}`);
    expect(text).toContain("3 parcels");

    // Transmitted: voiding asks for a refund, nothing is credited yet.
    const before = await ledger(actor);
    const voided = await voidShipment(actor, shipments[0]!.id);
    expect(voided).toMatchObject({ refundRequested: true, creditedCents: 0 });
    const [row] = await adminQuery<{ status: string }>(`SELECT status::text FROM "Shipment" WHERE id = $1`, [shipments[0]!.id]);
    expect(row!.status).toBe("VOID_REQUESTED");
    expect(await ledger(actor)).toEqual(before);
  });

  it("is searchable by date, location and number", async () => {
    const { actor, locationId } = await contractBusiness("manifest-search");
    await paidBatchOf(actor, 1);
    const [made] = await closeTheDay(actor, null);
    const day = (await getManifest(actor, made!.id))!.date;
    expect(await listManifests(actor, { from: day, to: day, locationId, number: made!.number.slice(3, 9) })).toHaveLength(1);
    expect(await listManifests(actor, { number: "999999999999" })).toEqual([]);
    expect(await listManifests(actor, { from: "2099-01-01" })).toEqual([]);
  });

  it("does not exist for a business without a contract: its labels are in no group and a void still voids", async () => {
    const { actor, locationId } = await payingBusiness("manifest-none");
    const [shipment] = await paidBatchOf(actor, 1);
    expect(shipment!.groupId).toBeNull();
    expect(await shipsUnderContract(actor)).toBe(false);
    expect(await pendingByLocation(actor)).toEqual([]);
    expect(await closeTheDay(actor, locationId)).toEqual([]);
    expect(await voidShipment(actor, shipment!.id)).toMatchObject({ creditedCents: shipment!.rateCents });
  });

  it("of another business cannot be closed, seen or printed", async () => {
    const { actor, locationId } = await contractBusiness("manifest-own");
    const { actor: other } = await contractBusiness("manifest-other");
    await paidBatchOf(actor, 1);
    await expect(closeTheDay(other, locationId)).rejects.toMatchObject({ code: "notFound" });
    expect(await pendingByLocation(actor)).toHaveLength(1);
    const [made] = await closeTheDay(actor, locationId);
    expect(await getManifest(other, made!.id)).toBeNull();
    expect(await manifestPdf(other, made!.id)).toBeNull();
    expect(await listManifests(other)).toEqual([]);
  });
});
