/**
 * The account's credit holds under concurrency: purchases and pickup fees of one business made at
 * the same moment, each on its own database connection, are charged one at a time, so together
 * they never go over the credit limit.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createBatch, addRowsFromContacts, saveRow } from "@/lib/batches/edit-rows";
import { payBatch } from "@/lib/purchases/pay";
import { rateBatch } from "@/lib/rates/batch-rates";
import { bookPickup } from "@/lib/pickups/pickups";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { createContacts, payingBusiness } from "@/tests/batch-helpers";
import { accountStanding } from "./account";

/** A one-row batch (the same parcel to the same place each time, so the same price), rated. */
async function ratedBatch(actor: Actor) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, 1));
  const [row] = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }));
  await saveRow(actor, batch.id, row!.id, { ...draftFromRow(row!), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 2000 });
  await rateBatch(actor, batch.id);
  const rated = await withTenant(actor, (tx) => tx.shipment.findFirstOrThrow({ where: { id: row!.id, businessId: actor.businessId }, select: { rateCents: true } }));
  return { id: batch.id, priceCents: rated.rateCents! };
}

const setCredit = (actor: Actor, creditLimitCents: number) => withTenant(actor, (tx) => tx.business.update({ where: { id: actor.businessId }, data: { creditLimitCents } }));

const charges = (actor: Actor) =>
  withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId, type: "CHARGE" }, select: { amountCents: true, batchId: true, pickupId: true } }));

const creditExceeded = (e: unknown) => e instanceof AppError && e.code === "creditExceeded";

describe("the account's credit under concurrent charges", () => {
  it("charges exactly the purchases that fit when several are paid at the same moment", async () => {
    const { actor } = await payingBusiness("ledger1");
    const batches = [];
    for (let i = 0; i < 4; i++) batches.push(await ratedBatch(actor));
    const price = batches[0]!.priceCents;
    expect(batches.every((b) => b.priceCents === price)).toBe(true);
    // Room for two and a half purchases.
    await setCredit(actor, 2 * price + Math.floor(price / 2));

    const outcomes = await Promise.allSettled(batches.map((b) => payBatch(actor, b.id, "ACCOUNT")));

    const paid = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(paid).toHaveLength(2);
    expect(refused).toHaveLength(2);
    expect(refused.every((o) => creditExceeded(o.reason))).toBe(true);
    expect((await charges(actor)).map((c) => c.amountCents)).toEqual([price, price]);
    const standing = await withTenant(actor, (tx) => accountStanding(tx, actor.businessId));
    expect(standing.balanceCents).toBe(2 * price);
    expect(standing.availableCents).toBeGreaterThanOrEqual(0);
    // The refused batches are untouched: still drafts, no tracking number.
    const refusedIds = batches.filter((_, i) => outcomes[i]!.status === "rejected").map((b) => b.id);
    const untouched = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { businessId: actor.businessId, batchId: { in: refusedIds } }, select: { status: true, trackingNumber: true } }));
    expect(untouched).toEqual([
      { status: "DRAFT", trackingNumber: null },
      { status: "DRAFT", trackingNumber: null },
    ]);
  });

  it("shares the credit between purchases and pickup fees made at the same moment", async () => {
    const { actor, locationId } = await payingBusiness("ledger2");
    const batches = [await ratedBatch(actor), await ratedBatch(actor)];
    const price = batches[0]!.priceCents;
    const pickupFee = 677; // the reference carrier's $5.99 plus 13 % HST, for fewer than 5 parcels
    const limit = price + pickupFee + 100;
    await setCredit(actor, limit);
    const monday = new Date("2026-12-07T15:00:00Z");
    const pickup = (date: string) =>
      bookPickup(actor, { locationId, address: null, date, readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", instructions: "", contact: { name: "Léa Roy", phone: "613 555 0100", email: "dock@example.com" }, parcels: 2, totalWeightGrams: 4000, heavy: false }, "en", monday);

    const attempts: { amountCents: number; run: () => Promise<unknown> }[] = [
      ...batches.map((b) => ({ amountCents: b.priceCents, run: () => payBatch(actor, b.id, "ACCOUNT") })),
      { amountCents: pickupFee, run: () => pickup("2026-12-08") },
      { amountCents: pickupFee, run: () => pickup("2026-12-09") },
    ];
    const outcomes = await Promise.allSettled(attempts.map((a) => a.run()));

    const charged = (await charges(actor)).reduce((t, c) => t + c.amountCents, 0);
    expect(charged).toBeLessThanOrEqual(limit);
    outcomes.forEach((o, i) => {
      if (o.status === "rejected") {
        expect(creditExceeded(o.reason)).toBe(true);
        // Refused only because what was charged first left too little for it.
        expect(charged + attempts[i]!.amountCents).toBeGreaterThan(limit);
      }
    });
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBeGreaterThanOrEqual(2);
    // A pickup whose fee was refused was not kept (nor left booked at the carrier).
    const kept = await withTenant(actor, (tx) => tx.pickup.count({ where: { businessId: actor.businessId } }));
    expect(kept).toBe(outcomes.slice(2).filter((o) => o.status === "fulfilled").length);
  });
});
