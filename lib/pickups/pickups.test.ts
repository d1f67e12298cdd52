import { describe, expect, it } from "vitest";
import { FieldsError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/context";
import { payingBusiness } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { mailCatcherForFile } from "@/tests/mail";
import { bookPickup, cancelPickup, changePickup, type PickupInput } from "./pickups";

const mailbox = mailCatcherForFile("pickups");

// Monday 7 December 2026, 10:00 in Ottawa.
const MONDAY = new Date("2026-12-07T15:00:00Z");

function request(locationId: string, over: Partial<PickupInput> = {}): PickupInput {
  return {
    locationId,
    address: null,
    date: "2026-12-08",
    readyTime: "13:00",
    closingTime: "17:00",
    location: "LOADING_DOCK",
    instructions: "Ring twice at door 3",
    contact: { name: "Léa Roy", phone: "613 555 0100", email: "dock@example.com" },
    parcels: 2,
    totalWeightGrams: 4500,
    heavy: false,
    ...over,
  };
}

const ledger = (businessId: string, actor: { businessId: string; userId: string | null }) =>
  withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId, pickupId: { not: null } }, orderBy: { createdAt: "asc" }, select: { type: true, amountCents: true } }));

describe("pickups", () => {
  it("books a pickup: confirmation number, fee billed on account, confirmation emailed to the contact", async () => {
    const { actor, locationId } = await payingBusiness("pickup1");
    const booked = await bookPickup(actor, request(locationId), "en", MONDAY);
    expect(booked.confirmationNumber).toMatch(/^P\d{9}$/);
    const stored = await withTenant(actor, (tx) => tx.pickup.findFirstOrThrow({ where: { id: booked.id, businessId: actor.businessId } }));
    expect(stored).toMatchObject({ status: "SCHEDULED", date: "2026-12-08", parcels: 2, feeCents: 599, taxCents: 78, totalCents: 677, location: "LOADING_DOCK" });
    expect(await ledger(actor.businessId, actor)).toEqual([{ type: "CHARGE", amountCents: 677 }]);
    await drainJobs(["email"]);
    const [mail] = await mailbox.to("dock@example.com");
    expect(mail!.subject).toMatch(new RegExp(`^Pickup ${booked.confirmationNumber} booked for Tue.* Dec.* 8, 2026$`));
    expect(mail!.text).toContain("Ring twice at door 3");
    expect(mail!.text).toContain("Loading dock");
    expect(mail!.text).toContain("$6.77");
  });

  it("refuses a request breaking the rules with one message per field, and books nothing", async () => {
    const { actor, locationId } = await payingBusiness("pickup2");
    const error = await bookPickup(actor, request(locationId, { date: "2026-12-12", readyTime: "11:00", closingTime: "11:30", instructions: "x".repeat(133) }), "en", MONDAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    const problems = (error as FieldsError).problems;
    expect(problems.date?.code).toBe("notBusinessDay");
    expect(problems.readyTime?.code).toBe("readyTimeOutOfRange");
    expect(problems.closingTime?.code).toBe("closingTooEarly");
    expect(problems.instructions?.code).toBe("instructionsTooLong");
    expect(await withTenant(actor, (tx) => tx.pickup.count({ where: { businessId: actor.businessId } }))).toBe(0);
    expect(await ledger(actor.businessId, actor)).toEqual([]);
  });

  it("changes a pickup until the day before (a free one credits the fee) and cancels it; on the day it is too late", async () => {
    const { actor, locationId } = await payingBusiness("pickup3");
    const { id } = await bookPickup(actor, request(locationId, { date: "2026-12-09" }), "fr", MONDAY);
    await changePickup(actor, id, request(locationId, { date: "2026-12-10", parcels: 6, totalWeightGrams: 12_000 }), "fr", MONDAY);
    let stored = await withTenant(actor, (tx) => tx.pickup.findFirstOrThrow({ where: { id, businessId: actor.businessId } }));
    expect(stored).toMatchObject({ date: "2026-12-10", parcels: 6, totalCents: 0 });
    expect(await ledger(actor.businessId, actor)).toEqual([{ type: "CHARGE", amountCents: 677 }, { type: "CREDIT", amountCents: 677 }]);

    // On the pickup's day: too late to change or cancel.
    const onTheDay = new Date("2026-12-10T14:00:00Z");
    await expect(cancelPickup(actor, id, "fr", onTheDay)).rejects.toMatchObject({ code: "pickupTooLate" });
    await expect(changePickup(actor, id, request(locationId, { date: "2026-12-11" }), "fr", onTheDay)).rejects.toMatchObject({ code: "pickupTooLate" });

    await cancelPickup(actor, id, "fr", MONDAY);
    stored = await withTenant(actor, (tx) => tx.pickup.findFirstOrThrow({ where: { id, businessId: actor.businessId } }));
    expect(stored.status).toBe("CANCELLED");
    await expect(cancelPickup(actor, id, "fr", MONDAY)).rejects.toMatchObject({ code: "pickupCancelled" });
    await drainJobs(["email"]);
    const subjects = (await mailbox.to("dock@example.com")).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^Ramassage P\d{9} prévu le/), expect.stringMatching(/^Ramassage P\d{9} modifié/), expect.stringMatching(/^Ramassage P\d{9} annulé$/)]));
  });

  it("keeps to its business: another business's location or pickup is not found", async () => {
    const mine = await payingBusiness("pickup4");
    const theirs = await payingBusiness("pickup5");
    await expect(bookPickup(mine.actor, request(theirs.locationId), "en", MONDAY)).rejects.toMatchObject({ code: "notFound" });
    const { id } = await bookPickup(theirs.actor, request(theirs.locationId), "en", MONDAY);
    await expect(cancelPickup(mine.actor, id, "en", MONDAY)).rejects.toMatchObject({ code: "notFound" });
    await expect(changePickup(mine.actor, id, request(mine.locationId), "en", MONDAY)).rejects.toMatchObject({ code: "notFound" });
  });

  it("bills a fee only to a business with an account number", async () => {
    const { actor, locationId } = await payingBusiness("pickup6");
    await withTenant(actor, (tx) => tx.business.update({ where: { id: actor.businessId }, data: { accountNumber: null } }));
    await expect(bookPickup(actor, request(locationId), "en", MONDAY)).rejects.toMatchObject({ code: "accountNumberMissing" });
    expect(await withTenant(actor, (tx) => tx.pickup.count({ where: { businessId: actor.businessId } }))).toBe(0);
    // Five parcels or more: no fee, nothing to bill.
    await bookPickup(actor, request(locationId, { parcels: 5, totalWeightGrams: 9000 }), "en", MONDAY);
    expect(await withTenant(actor, (tx) => tx.pickup.count({ where: { businessId: actor.businessId } }))).toBe(1);
  });
});
