import { describe, expect, it } from "vitest";
import type { PickupAvailability, PickupRequest } from "@/lib/carriers/types";
import { canChangePickup, checkPickup, pickupDates, type PickupProblem } from "./pickup-rules";

const TORONTO = "M5V 3L9";
const MONTREAL = "H2X 1Y4";
const VANCOUVER = "V6B 1A1";
const HALIFAX = "B3H 1A1";
const ZONES: Record<string, string> = { [TORONTO]: "America/Toronto", [MONTREAL]: "America/Toronto", [VANCOUVER]: "America/Vancouver", [HALIFAX]: "America/Halifax" };
const PROVINCES: Record<string, string> = { [TORONTO]: "ON", [MONTREAL]: "QC", [VANCOUVER]: "BC", [HALIFAX]: "NS" };

/** Monday 2026-11-30, 10:00 in Toronto. */
const MONDAY = new Date("2026-11-30T15:00:00Z");

function request(over: Partial<PickupRequest> = {}, postalCode = TORONTO): PickupRequest {
  return {
    address: { company: "Atelier Boréal", line1: "290 Bremner Blvd", line2: null, city: "Toronto", province: PROVINCES[postalCode] ?? "ON", postalCode },
    date: "2026-12-01",
    readyTime: "12:00",
    closingTime: "17:00",
    location: "FRONT_DESK",
    instructions: null,
    contact: { name: "Mireille Gagnon", phone: "416-555-0100", email: "mireille@example.com" },
    parcels: 2,
    totalWeightGrams: 4000,
    heavy: false,
    ...over,
  };
}

const open = (postalCode: string): PickupAvailability => ({ available: true, sameDayCutoff: "14:00", timeZone: ZONES[postalCode]!, fee: { feeCents: 599, freeFromParcels: 5 } });
const problems = (r: PickupRequest, now = MONDAY, availability: PickupAvailability | null = open(r.address.postalCode)) => checkPickup(r, { now, availability });
const codes = (r: PickupRequest, now = MONDAY, availability?: PickupAvailability | null) => problems(r, now, availability).map((p) => p.code);
const only = (p: PickupProblem[]) => (p.length === 1 ? p[0] : p);

describe("checkPickup", () => {
  it("accepts a complete request", () => {
    expect(problems(request())).toEqual([]);
    expect(problems(request(), MONDAY, null)).toEqual([]);
  });

  it("refuses an invalid postal code and one the carrier does not serve", () => {
    expect(only(problems(request({ address: { ...request().address, postalCode: "90210" } }), MONDAY, null))).toEqual({ field: "postalCode", code: "postalCodeInvalid" });
    expect(codes(request({ address: { ...request().address, postalCode: "Z9Z 9Z9" } }), MONDAY, null)).toEqual(["postalCodeInvalid"]);
    expect(only(problems(request(), MONDAY, { ...open(TORONTO), available: false }))).toEqual({ field: "postalCode", code: "pickupNotAvailable" });
  });

  it("refuses malformed, impossible and past dates", () => {
    expect(codes(request({ date: "2026/12/01" }))).toEqual(["dateInvalid"]);
    expect(codes(request({ date: "2026-02-30" }))).toEqual(["dateInvalid"]);
    expect(codes(request({ date: "" }))).toEqual(["dateInvalid"]);
    expect(only(problems(request({ date: "2026-11-27" })))).toEqual({ field: "date", code: "dateInPast" });
  });

  it("refuses weekends and the province's statutory holidays", () => {
    expect(only(problems(request({ date: "2026-12-05" })))).toEqual({ field: "date", code: "notBusinessDay", values: { date: "2026-12-05" } });
    expect(codes(request({ date: "2026-12-06" }))).toEqual(["notBusinessDay"]);
    const christmasWeek = new Date("2026-12-21T15:00:00Z"); // Monday
    expect(codes(request({ date: "2026-12-25" }), christmasWeek)).toEqual(["notBusinessDay"]); // Christmas, a Friday
    expect(codes(request({ date: "2026-12-28" }), christmasWeek)).toEqual(["notBusinessDay"]); // Boxing Day (Saturday) observed Monday
    expect(codes(request({ date: "2026-12-24" }), christmasWeek)).toEqual([]);

    const june = new Date("2026-06-22T14:00:00Z"); // Monday, 10:00 in Montreal and Toronto
    expect(codes(request({ date: "2026-06-24" }, MONTREAL), june)).toEqual(["notBusinessDay"]); // Quebec's National Holiday
    expect(codes(request({ date: "2026-06-24" }, TORONTO), june)).toEqual([]);
    expect(codes(request({ date: "2026-07-01" }, TORONTO), new Date("2026-06-26T14:00:00Z"))).toEqual(["notBusinessDay"]); // Canada Day
    expect(codes(request({ date: "2026-07-01" }, HALIFAX), new Date("2026-06-26T14:00:00Z"))).toEqual(["notBusinessDay"]);
  });

  it("takes bookings up to 5 business days ahead, across weekends and holidays", () => {
    const christmasWeek = new Date("2026-12-21T15:00:00Z");
    expect(codes(request({ date: "2026-12-30" }), christmasWeek)).toEqual([]);
    expect(only(problems(request({ date: "2026-12-31" }), christmasWeek))).toEqual({ field: "date", code: "tooFarAhead", values: { date: "2026-12-30" } });

    // Monday 2026-06-22: Quebec skips June 24 and the weekend, Ontario only the weekend.
    const june = new Date("2026-06-22T14:00:00Z");
    expect(codes(request({ date: "2026-06-30" }, MONTREAL), june)).toEqual([]);
    expect(only(problems(request({ date: "2026-06-30" }, TORONTO), june))).toMatchObject({ code: "tooFarAhead", values: { date: "2026-06-29" } });
    // A weekend date too far ahead breaks two rules.
    expect(codes(request({ date: "2027-01-09" }), christmasWeek)).toEqual(["notBusinessDay", "tooFarAhead"]);
  });

  it("takes same-day requests until the cut-off, in the address's time zone", () => {
    const sameDay = (postalCode: string) => request({ date: "2026-12-01", readyTime: "15:00", closingTime: "16:00", address: { ...request().address, postalCode } });
    // 13:59 in Vancouver is 17:59 in Halifax; 14:00 in Halifax is 10:00 in Vancouver.
    expect(codes(sameDay(VANCOUVER), new Date("2026-12-01T21:59:00Z"))).toEqual([]);
    expect(only(problems(sameDay(VANCOUVER), new Date("2026-12-01T22:00:00Z")))).toEqual({ field: "date", code: "sameDayCutoffPassed", values: { time: "14:00" } });
    expect(codes(sameDay(HALIFAX), new Date("2026-12-01T17:59:00Z"))).toEqual([]);
    expect(codes(sameDay(HALIFAX), new Date("2026-12-01T18:00:00Z"))).toEqual(["sameDayCutoffPassed"]);
    expect(codes(sameDay(VANCOUVER), new Date("2026-12-01T18:00:00Z"))).toEqual([]);
    // The carrier's time zone wins over the postal code's.
    expect(codes(sameDay(VANCOUVER), new Date("2026-12-01T18:00:00Z"), { ...open(VANCOUVER), timeZone: "America/Halifax" })).toEqual(["sameDayCutoffPassed"]);
    // Without the carrier's answer the cut-off is not known.
    expect(codes(sameDay(HALIFAX), new Date("2026-12-01T18:00:00Z"), null)).toEqual([]);
  });

  it("wants parcels ready between 12:00 and 16:00", () => {
    expect(codes(request({ readyTime: "12:00", closingTime: "13:00" }))).toEqual([]);
    expect(codes(request({ readyTime: "16:00", closingTime: "17:00" }))).toEqual([]);
    expect(only(problems(request({ readyTime: "11:59" })))).toEqual({ field: "readyTime", code: "readyTimeOutOfRange" });
    expect(codes(request({ readyTime: "16:01", closingTime: "18:00" }))).toEqual(["readyTimeOutOfRange"]);
    expect(codes(request({ readyTime: "12h00" }))).toEqual(["readyTimeOutOfRange"]);
  });

  it("wants a same-day ready time at least an hour from now", () => {
    const today = request({ date: "2026-11-30", readyTime: "12:30", closingTime: "17:00" });
    expect(codes(today, new Date("2026-11-30T16:30:00Z"))).toEqual([]); // 11:30
    expect(only(problems(today, new Date("2026-11-30T16:30:30Z")))).toEqual({ field: "readyTime", code: "readyTooSoon", values: { time: "12:31" } });
    expect(only(problems({ ...today, readyTime: "13:00" }, new Date("2026-11-30T17:15:00Z")))).toMatchObject({ code: "readyTooSoon", values: { time: "13:15" } });
    expect(codes({ ...today, date: "2026-12-01" }, new Date("2026-11-30T16:30:30Z"))).toEqual([]);
  });

  it("wants the closing time at least an hour after the ready time", () => {
    expect(codes(request({ readyTime: "13:00", closingTime: "14:00" }))).toEqual([]);
    expect(only(problems(request({ readyTime: "13:00", closingTime: "13:59" })))).toEqual({ field: "closingTime", code: "closingTooEarly", values: { time: "14:00" } });
    expect(codes(request({ readyTime: "13:00", closingTime: "25:00" }))).toEqual(["closingTooEarly"]);
    expect(problems(request({ readyTime: "nope", closingTime: "12:30" }))).toContainEqual({ field: "closingTime", code: "closingTooEarly", values: { time: "13:00" } });
    expect(problems(request({ readyTime: "09:00", closingTime: "10:00" }))).toContainEqual({ field: "closingTime", code: "closingTooEarly", values: { time: "13:00" } });
  });

  it("limits instructions, parcels and weight", () => {
    expect(codes(request({ instructions: "x".repeat(132) }))).toEqual([]);
    expect(only(problems(request({ instructions: "x".repeat(133) })))).toEqual({ field: "instructions", code: "instructionsTooLong", values: { max: "132" } });
    for (const parcels of [0, 1.5, 501, Number.NaN]) expect(codes(request({ parcels })), String(parcels)).toEqual(["parcelsInvalid"]);
    expect(codes(request({ parcels: 500, totalWeightGrams: 10_000_000 }))).toEqual([]);
    expect(only(problems(request({ totalWeightGrams: 0 })))).toEqual({ field: "totalWeight", code: "weightInvalid" });
    expect(codes(request({ totalWeightGrams: -5 }))).toEqual(["weightInvalid"]);
    expect(only(problems(request({ totalWeightGrams: 10_000_001 })))).toEqual({ field: "totalWeight", code: "weightOverLimit", values: { max: "10000" } });
  });

  it("wants a single parcel over 23 kg declared heavy; heavy is only a flag", () => {
    expect(only(problems(request({ parcels: 1, totalWeightGrams: 23_001 })))).toEqual({ field: "totalWeight", code: "heavyNotDeclared", values: { kg: "23" } });
    expect(codes(request({ parcels: 1, totalWeightGrams: 23_000 }))).toEqual([]);
    expect(codes(request({ parcels: 1, totalWeightGrams: 23_001, heavy: true }))).toEqual([]);
    expect(codes(request({ parcels: 2, totalWeightGrams: 40_000 }))).toEqual([]);
    expect(codes(request({ parcels: 1, totalWeightGrams: 5_000, heavy: true }))).toEqual([]);
  });

  it("needs a contact with a name, a 10-digit phone and an email address", () => {
    const contact = (c: Partial<PickupRequest["contact"]>) => request({ contact: { ...request().contact, ...c } });
    expect(codes(contact({ name: "  ", phone: "", email: "" }))).toEqual(["contactNameMissing", "contactPhoneMissing", "contactEmailMissing"]);
    expect(only(problems(contact({ phone: "555-0100" })))).toEqual({ field: "contactPhone", code: "contactPhoneInvalid" });
    expect(codes(contact({ phone: "416 555 01000" }))).toEqual(["contactPhoneInvalid"]);
    for (const phone of ["+1 (613) 555-0100", "6135550100", "613-555-0100 ext. 22", "613.555.0100 poste 4"]) expect(codes(contact({ phone })), phone).toEqual([]);
    expect(only(problems(contact({ email: "mireille@example" })))).toEqual({ field: "contactEmail", code: "contactEmailInvalid" });
  });

  it("gives every problem at once and never throws", () => {
    const bad = request({ date: "2026-12-05", readyTime: "09:00", closingTime: "09:30", instructions: "x".repeat(200), parcels: 0, totalWeightGrams: Number.NaN, contact: { name: "", phone: "12", email: "no" } });
    expect(codes(bad, MONDAY, { ...open(TORONTO), available: false })).toEqual([
      "pickupNotAvailable", "notBusinessDay", "readyTimeOutOfRange", "closingTooEarly", "instructionsTooLong", "parcelsInvalid", "weightInvalid",
      "contactNameMissing", "contactPhoneInvalid", "contactEmailInvalid",
    ]);
    expect(() => checkPickup({ ...bad, address: { ...bad.address, postalCode: "", province: "" } }, { now: MONDAY, availability: null })).not.toThrow();
  });
});

describe("canChangePickup", () => {
  it("allows changes until the end of the day before, local to the address", () => {
    expect(canChangePickup("2026-12-02", new Date("2026-12-02T04:59:00Z"), "America/Toronto")).toBe(true); // 23:59 the day before
    expect(canChangePickup("2026-12-02", new Date("2026-12-02T05:00:00Z"), "America/Toronto")).toBe(false); // midnight
    expect(canChangePickup("2026-12-02", new Date("2026-12-02T05:00:00Z"), "America/Vancouver")).toBe(true); // 21:00 the day before
    expect(canChangePickup("2026-12-02", new Date("2026-12-03T15:00:00Z"), "America/Toronto")).toBe(false);
    expect(canChangePickup("soon", MONDAY, "America/Toronto")).toBe(false);
  });
});

describe("pickupDates", () => {
  it("offers today before the cut-off and the next 5 business days", () => {
    expect(pickupDates(TORONTO, MONDAY, open(TORONTO))).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"]);
    expect(pickupDates(TORONTO, new Date("2026-11-30T19:00:00Z"), open(TORONTO))).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"]);
    expect(pickupDates(TORONTO, new Date("2026-12-21T15:00:00Z"), open(TORONTO))).toEqual(["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-29", "2026-12-30"]);
  });

  it("offers no weekend day, province by province", () => {
    const saturday = new Date("2026-06-20T14:00:00Z");
    expect(pickupDates(MONTREAL, saturday, open(MONTREAL))).toEqual(["2026-06-22", "2026-06-23", "2026-06-25", "2026-06-26", "2026-06-29"]);
    expect(pickupDates(TORONTO, saturday, open(TORONTO))).toEqual(["2026-06-22", "2026-06-23", "2026-06-24", "2026-06-25", "2026-06-26"]);
  });

  it("offers nothing where the carrier does not pick up", () => {
    expect(pickupDates(TORONTO, MONDAY, { ...open(TORONTO), available: false })).toEqual([]);
    expect(pickupDates("90210", MONDAY, open(TORONTO))).toEqual([]);
  });

  it("agrees with checkPickup", () => {
    for (const date of pickupDates(MONTREAL, new Date("2026-06-22T14:00:00Z"), open(MONTREAL))) {
      expect(codes(request({ date, readyTime: "15:00", closingTime: "16:00" }, MONTREAL), new Date("2026-06-22T14:00:00Z")), date).toEqual([]);
    }
  });
});
