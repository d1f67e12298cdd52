import { describe, expect, it } from "vitest";
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import { pickupPrice } from "./pickup-fee";
import { capabilities, type PickupRequest, type PickupResult } from "../types";
import { createReferenceConnector, referenceConnector } from ".";
import { pickupConfirmationNumber, referencePickupAvailability, referencePickups } from "./pickups";
import type { BookedPickup } from "../types";

/** Monday 2026-11-30, 10:00 in Toronto. */
const MONDAY = new Date("2026-11-30T15:00:00Z");

function request(over: Partial<PickupRequest> = {}, postalCode = "M5V 3L9", province = "ON"): PickupRequest {
  return {
    address: { company: null, line1: "290 Bremner Blvd", line2: null, city: "Toronto", province, postalCode },
    date: "2026-12-02",
    readyTime: "13:00",
    closingTime: "17:00",
    location: "RECEPTION",
    instructions: "Ring at the side door.",
    contact: { name: "Mireille Gagnon", phone: "416-555-0100", email: "mireille@example.com" },
    parcels: 1,
    totalWeightGrams: 2500,
    heavy: false,
    ...over,
  };
}

const bookedOn = (date: string, postalCode = "M5V 3L9") => async (n: string): Promise<BookedPickup | null> => (n === "P123456789" ? { date, postalCode } : null);

describe("reference pickup availability", () => {
  it("picks up at urban postal codes, with a 14:00 same-day cut-off in the local time zone", () => {
    expect(referencePickupAvailability("m5v3l9")).toEqual({ available: true, sameDayCutoff: "14:00", timeZone: "America/Toronto", fee: { feeCents: 599, freeFromParcels: 5 } });
    expect(referencePickupAvailability("V6B 1A1")).toMatchObject({ available: true, timeZone: "America/Vancouver" });
    expect(referencePickupAvailability("Y1A 1A1")).toMatchObject({ available: true, timeZone: "America/Whitehorse" });
    expect(referencePickupAvailability("90210")).toBeNull();
  });

  it("does not pick up in the territories' rural areas, nor in about one in ten other rural areas", () => {
    for (const code of ["X0A 0H0", "X0E 0N0", "Y0B 1A0"]) expect(referencePickupAvailability(code)?.available, code).toBe(false);
    const rural = Object.entries(CA_FSA).filter(([fsa, [province]]) => fsa[1] === "0" && !["YT", "NT", "NU"].includes(province));
    const refused = rural.filter(([fsa]) => !referencePickupAvailability(`${fsa} 1A0`)!.available);
    expect(refused.length / rural.length).toBeGreaterThan(0.04);
    expect(refused.length / rural.length).toBeLessThan(0.2);
    const [fsa] = refused[0]!;
    expect(referencePickupAvailability(`${fsa} 2B0`)!.available).toBe(false); // by FSA, not by postal code
  });

  it("answers through the connector, with a problem for an invalid postal code", async () => {
    expect((await referenceConnector.pickupAvailability!("M5V 3L9")).data).toMatchObject({ available: true });
    const invalid: PickupResult<unknown> = await referenceConnector.pickupAvailability!("nope");
    expect(invalid).toEqual({ data: null, messages: [], problems: [{ field: "postalCode", code: "postalCodeInvalid" }] });
  });
});

describe("reference pickup fee (sample pricing)", () => {
  it("charges $5.99 plus 13% HST in Ontario", () => {
    expect(pickupPrice(request())).toEqual({ feeCents: 599, taxCents: 78, totalCents: 677 });
  });

  it("adds GST and QST in Quebec, GST alone in Alberta", () => {
    expect(pickupPrice(request({}, "H2X 1Y4", "QC"))).toEqual({ feeCents: 599, taxCents: 30 + 60, totalCents: 689 });
    expect(pickupPrice(request({}, "T2P 1J9", "AB"))).toEqual({ feeCents: 599, taxCents: 30, totalCents: 629 });
  });

  it("is free from 5 parcels", () => {
    expect(pickupPrice(request({ parcels: 4 })).feeCents).toBe(599);
    expect(pickupPrice(request({ parcels: 5 }))).toEqual({ feeCents: 0, taxCents: 0, totalCents: 0 });
  });

  it("is the connector's pickupPrice", async () => {
    expect(await referenceConnector.pickupPrice!(request())).toEqual({ data: pickupPrice(request()), messages: [] });
  });
});

describe("reference pickup booking", () => {
  const pickups = referencePickups();

  it("books a valid request: a P and 9 digits, with the price", async () => {
    const result = await pickups.createPickup(request(), MONDAY, "");
    expect(result.messages).toEqual([]);
    expect(result.data).toEqual({ confirmationNumber: expect.stringMatching(/^P\d{9}$/), feeCents: 599, taxCents: 78, totalCents: 677 });
    expect(result.data!.confirmationNumber).toBe(pickupConfirmationNumber(request(), MONDAY, ""));
    // The same request at the same instant still gets another number.
    const again = await pickups.createPickup(request(), MONDAY);
    expect(again.data!.confirmationNumber).not.toBe(result.data!.confirmationNumber);
  });

  it("draws the number from the booking, the clock and an optional salt", () => {
    const n = pickupConfirmationNumber(request(), MONDAY);
    expect(pickupConfirmationNumber(request({ address: { ...request().address, postalCode: "m5v3l9" } }), MONDAY)).toBe(n);
    expect(pickupConfirmationNumber(request(), new Date(MONDAY.getTime() + 1))).not.toBe(n);
    expect(pickupConfirmationNumber(request({ parcels: 2 }), MONDAY)).not.toBe(n);
    expect(pickupConfirmationNumber(request(), MONDAY, "1")).not.toBe(n);
  });

  it("refuses a request the rules refuse, with every problem", async () => {
    const result = await pickups.createPickup(request({ date: "2026-12-05", parcels: 0 }), MONDAY);
    expect(result).toEqual({
      data: null,
      messages: [],
      problems: [{ field: "date", code: "notBusinessDay", values: { date: "2026-12-05" } }, { field: "parcels", code: "parcelsInvalid", values: { max: "500" } }],
    });
  });

  it("refuses where it does not pick up", async () => {
    const result = await pickups.createPickup(request({}, "X0A 0H0", "NU"), MONDAY);
    expect(result.problems).toContainEqual({ field: "postalCode", code: "pickupNotAvailable" });
  });
});

describe("changing and cancelling a reference pickup", () => {
  const lastEvening = new Date("2026-12-02T04:59:00Z"); // 23:59 on Tuesday in Toronto
  const onTheDay = new Date("2026-12-02T05:00:00Z"); // midnight

  it("changes a pickup until the day before, keeping its number", async () => {
    const pickups = referencePickups({ booked: bookedOn("2026-12-02") });
    const result = await pickups.updatePickup("P123456789", request({ date: "2026-12-03", parcels: 6 }), lastEvening);
    expect(result).toEqual({ data: { confirmationNumber: "P123456789", feeCents: 0, taxCents: 0, totalCents: 0 }, messages: [] });
    expect((await pickups.updatePickup("P123456789", request({ date: "2026-12-03" }), onTheDay)).problems).toEqual([
      { field: "date", code: "tooLateToChange", values: { date: "2026-12-02" } },
    ]);
  });

  it("refuses a change to today, or one the rules refuse", async () => {
    const pickups = referencePickups({ booked: bookedOn("2026-12-04") });
    const today = await pickups.updatePickup("P123456789", request({ date: "2026-11-30", readyTime: "12:00" }), MONDAY);
    expect(today.problems).toEqual([{ field: "date", code: "tooLateToChange", values: { date: "2026-11-30" } }]);
    const weekend = await pickups.updatePickup("P123456789", request({ date: "2026-12-05" }), MONDAY);
    expect(weekend.problems?.map((p) => p.code)).toEqual(["notBusinessDay"]);
  });

  it("cancels until the day before, in the address's time zone", async () => {
    const toronto = referencePickups({ booked: bookedOn("2026-12-02") });
    expect(await toronto.cancelPickup("P123456789", lastEvening)).toEqual({ data: { cancelled: true }, messages: [] });
    expect(await toronto.cancelPickup("P123456789", onTheDay)).toEqual({
      data: null,
      messages: [],
      problems: [{ field: "date", code: "tooLateToChange", values: { date: "2026-12-02" } }],
    });
    const vancouver = referencePickups({ booked: bookedOn("2026-12-02", "V6B 1A1") });
    expect((await vancouver.cancelPickup("P123456789", onTheDay)).data).toEqual({ cancelled: true }); // 21:00 there
  });

  it("does not know a number it did not book, and reports a failing lookup", async () => {
    const pickups = referencePickups({ booked: bookedOn("2026-12-02") });
    expect((await pickups.cancelPickup("P000000000", MONDAY)).problems).toEqual([{ field: "confirmationNumber", code: "pickupNotFound" }]);
    expect((await pickups.updatePickup("P000000000", request(), MONDAY)).problems).toEqual([{ field: "confirmationNumber", code: "pickupNotFound" }]);
    const down = referencePickups({ booked: async () => Promise.reject(new Error("db down")) });
    expect(await down.cancelPickup("P123456789", MONDAY)).toEqual({ data: null, messages: [{ carrier: "reference", problem: { code: "carrierFailed" }, detail: "Error: db down" }] });
  });

  it("without a lookup, judges a change on its new date only and takes a cancellation", async () => {
    const pickups = referencePickups();
    expect((await pickups.updatePickup("P123456789", request(), MONDAY)).data?.confirmationNumber).toBe("P123456789");
    expect((await pickups.cancelPickup("P123456789", MONDAY)).data).toEqual({ cancelled: true });
  });
});

describe("the reference connector's pickups", () => {
  it("are always there, and use the booked pickups given", async () => {
    expect(capabilities(referenceConnector)).toContain("pickups");
    const connector = createReferenceConnector({ bookedPickup: bookedOn("2026-11-30") });
    const result: PickupResult<unknown> = await connector.cancelPickup!("P123456789", MONDAY);
    expect(result.problems).toEqual([{ field: "date", code: "tooLateToChange", values: { date: "2026-11-30" } }]);
  });
});
