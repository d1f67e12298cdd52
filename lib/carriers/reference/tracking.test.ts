import { describe, expect, it } from "vitest";
import { wallClock } from "@/lib/rating/calendar";
import { pinFromSerial, s10FromSerial } from "@/lib/shipments/tracking-numbers";
import { capabilities } from "../types";
import { createReferenceConnector, referenceConnector } from ".";
import { TRACKING_EVENTS } from "./tracking-events";
import type { IssuedShipmentFacts } from "../types";
import { referenceTrack, simulateTracking } from "./tracking";

const MONTREAL = "America/Toronto";
const LATER = new Date("2025-06-01T00:00:00Z");
const E = TRACKING_EVENTS;

/** A Toronto to Montreal Expedited Parcel labelled Monday 10:00, expected Wednesday. */
function facts(n: number, over: Partial<IssuedShipmentFacts> = {}): IssuedShipmentFacts {
  return {
    trackingNumber: pinFromSerial(n),
    createdAt: "2025-03-10T14:00:00.000Z",
    mailingDate: "2025-03-10",
    expectedDeliveryDate: "2025-03-12",
    serviceCode: "DOM.EP",
    origin: { city: "Toronto", province: "ON", postalCode: "M5V 3L9" },
    destination: { city: "Montréal", province: "QC", postalCode: "H2X 1Y4", country: "CA" },
    signature: false,
    recipientName: "Marie-Ève Tremblay",
    postOffice: null,
    ...over,
  };
}

const office = { name: "Chomedey Post Office", city: "Laval", province: "QC", postalCode: "H7N 1A1" };
const range = (count: number, from = 1) => Array.from({ length: count }, (_, i) => from + i);
const codes = (f: IssuedShipmentFacts) => simulateTracking(f, LATER).events.map((e) => e.code);
const exceptional = (f: IssuedShipmentFacts) => simulateTracking(f, LATER).events.some((e) => e.status === "EXCEPTION");
const localDay = (iso: string, zone = MONTREAL) => wallClock(new Date(iso), zone).date;
const find = (pred: (f: IssuedShipmentFacts) => boolean, make: (n: number) => IssuedShipmentFacts = facts) => {
  const f = range(3000).map(make).find(pred);
  if (!f) throw new Error("no such number");
  return f;
};
const normal = find((f) => !exceptional(f));

describe("simulateTracking", () => {
  it("is deterministic per tracking number", () => {
    expect(simulateTracking(facts(7), LATER)).toEqual(simulateTracking(facts(7), LATER));
    expect(simulateTracking(facts(7), LATER).events).not.toEqual(simulateTracking(facts(8), LATER).events);
  });

  it("advances with the clock", () => {
    expect(simulateTracking(normal, new Date("2025-03-10T13:00:00Z"))).toMatchObject({ status: "CREATED", events: [] });
    const created = simulateTracking(normal, new Date("2025-03-10T15:00:00Z"));
    expect(created.status).toBe("CREATED");
    expect(created.events.map((e) => e.code)).toEqual([E.infoSubmitted.code]);

    const evening = simulateTracking(normal, new Date("2025-03-11T03:59:00Z")); // 23:59 in Toronto
    expect(evening.status).toBe("IN_TRANSIT");
    const accepted = evening.events.find((e) => e.code === E.accepted.code)!;
    expect(accepted).toMatchObject({ notice: "shipped", place: "TORONTO, ON" });
    const { seconds } = wallClock(new Date(accepted.occurredAt), "America/Toronto");
    expect(seconds).toBeGreaterThanOrEqual(15 * 3600);
    expect(seconds).toBeLessThan(17.5 * 3600);
    expect(evening.events.map((e) => e.code)).toContain(E.processed.code);

    const done = simulateTracking(normal, new Date("2025-03-12T21:30:00Z")); // 17:30 in Montreal
    expect(done.status).toBe("DELIVERED");
    const delivered = done.events.at(-1)!;
    expect(delivered).toMatchObject({ notice: "delivered", place: "MONTREAL, QC" });
    expect(localDay(delivered.occurredAt)).toBe("2025-03-12");
    expect(done.events.map((e) => e.status)).toContain("OUT_FOR_DELIVERY");
    expect(done.expectedDeliveryDate).toBe("2025-03-12");
  });

  it("keeps events after the label, strictly increasing and never after now", () => {
    const created = Date.parse(facts(1).createdAt);
    for (const n of range(300)) {
      const now = new Date(created + (n % 40) * 12 * 3600_000);
      const times = simulateTracking(facts(n, { postOffice: n % 3 === 0 ? office : null }), now).events.map((e) => Date.parse(e.occurredAt));
      times.forEach((t, i) => {
        expect(t).toBeGreaterThanOrEqual(created);
        expect(t).toBeLessThanOrEqual(now.getTime());
        if (i > 0) expect(t).toBeGreaterThan(times[i - 1]!);
      });
    }
  });

  it("stays in order with odd facts: a label made after the counter closed, a date already past", () => {
    for (const n of range(100)) {
      const odd = facts(n, { createdAt: "2025-03-10T23:45:00.000Z", expectedDeliveryDate: "2025-03-07" });
      const { events } = simulateTracking(odd, LATER);
      expect(events[0]!.occurredAt).toBe(odd.createdAt);
      events.slice(1).forEach((e, i) => expect(Date.parse(e.occurredAt)).toBeGreaterThan(Date.parse(events[i]!.occurredAt)));
      const delivered = events.find((e) => e.status === "DELIVERED")!;
      expect(localDay(delivered.occurredAt) > odd.mailingDate).toBe(true);
    }
  });

  it("names a signatory on doorstep deliveries only with the signature option", () => {
    const doorstep = new Set<string>([E.delivered.code, E.deliveredToMailbox.code]);
    for (const n of range(200)) {
      const signature = n % 2 === 0;
      const delivered = simulateTracking(facts(n, { signature }), LATER).events.filter((e) => doorstep.has(e.code));
      for (const e of delivered) {
        if (signature) expect(e.signatory).toMatch(/^(M )?TREMBLAY$/);
        else expect(e.signatory).toBeNull();
      }
    }
    expect(codes(facts(2, { signature: true }))).not.toContain(E.deliveredToMailbox.code);
  });

  it("holds a Deliver to Post Office parcel at the office, then it is picked up", () => {
    const d2po = find((f) => !exceptional(f), (n) => facts(n, { postOffice: office }));
    const all = simulateTracking(d2po, LATER);
    expect(all.events.map((e) => e.code)).not.toContain(E.outForDelivery.code);
    const ready = all.events.find((e) => e.code === E.readyForPickup.code)!;
    expect(ready).toMatchObject({ status: "READY_FOR_PICKUP", notice: "readyForPickup", place: "LAVAL, QC" });
    expect(localDay(ready.occurredAt)).toBe("2025-03-12");
    expect(simulateTracking(d2po, new Date(ready.occurredAt)).status).toBe("READY_FOR_PICKUP");
    expect(all.status).toBe("DELIVERED");
    expect(all.events.at(-1)).toMatchObject({ code: E.pickedUp.code, signatory: "MARIE-EVE TREMBLAY", notice: "delivered" });
  });

  it("returns an unclaimed Deliver to Post Office parcel after 15 days or more", () => {
    const all = range(2000).map((n) => simulateTracking(facts(n, { postOffice: office }), LATER));
    const returned = all.filter((t) => t.status === "RETURNED");
    expect(returned.length / all.length).toBeGreaterThan(0.02);
    expect(returned.length / all.length).toBeLessThan(0.1);
    const events = returned[0]!.events;
    const ready = events.find((e) => e.code === E.readyForPickup.code)!;
    const unclaimed = events.find((e) => e.code === E.unclaimed.code)!;
    expect(Date.parse(unclaimed.occurredAt) - Date.parse(ready.occurredAt)).toBeGreaterThanOrEqual(15 * 86_400_000 - 6 * 3600_000);
    expect(unclaimed.notice).toBe("exception");
    expect(events.at(-1)).toMatchObject({ code: E.returned.code, status: "RETURNED", place: "TORONTO, ON" });
  });

  it("meets exceptions for a minority of numbers and delivers most on the expected date", () => {
    const all = range(2000).map((n) => facts(n));
    const exceptions = all.filter(exceptional).length / all.length;
    expect(exceptions).toBeGreaterThan(0.05);
    expect(exceptions).toBeLessThan(0.25);
    const onTime = all.filter((f) => {
      const last = simulateTracking(f, LATER).events.at(-1)!;
      return last.status === "DELIVERED" && localDay(last.occurredAt) === f.expectedDeliveryDate;
    });
    expect(onTime.length / all.length).toBeGreaterThan(0.8);
  });

  it("revises the expected delivery date after a delay", () => {
    const delay = new Set<string>([E.delayWeather.code, E.delayTransport.code]);
    const delayed = find((f) => codes(f).some((c) => delay.has(c)));
    const all = simulateTracking(delayed, LATER);
    const event = all.events.find((e) => delay.has(e.code))!;
    expect(event).toMatchObject({ status: "EXCEPTION", notice: "exception" });
    const before = simulateTracking(delayed, new Date(Date.parse(event.occurredAt) - 1));
    expect(before.expectedDeliveryDate).toBe("2025-03-12");
    const revised = simulateTracking(delayed, new Date(event.occurredAt)).expectedDeliveryDate!;
    expect(revised > "2025-03-12" && revised <= "2025-03-14").toBe(true);
    expect(all.expectedDeliveryDate).toBe(revised);
    expect(localDay(all.events.at(-1)!.occurredAt)).toBe(revised);
  });

  it("leaves a notice card after a failed attempt, then the parcel waits at the post office", () => {
    const attempted = find((f) => codes(f).includes(E.attempted.code));
    const statuses = simulateTracking(attempted, LATER).events.map((e) => e.status);
    expect(statuses.slice(-4)).toEqual(["OUT_FOR_DELIVERY", "EXCEPTION", "READY_FOR_PICKUP", "DELIVERED"]);
  });

  it("goes through customs abroad, with the foreign leg placed by country", () => {
    const usa = (n: number) =>
      facts(n, {
        trackingNumber: s10FromSerial(n, "USA.EP"),
        serviceCode: "USA.EP",
        expectedDeliveryDate: "2025-03-17",
        destination: { city: "Seattle", province: "WA", postalCode: "98101", country: "US" },
      });
    const f = find((x) => !exceptional(x), usa);
    const events = simulateTracking(f, LATER).events;
    expect(events.map((e) => e.code)).toEqual(expect.arrayContaining([E.leftCanada.code, E.inCustoms.code, E.clearedCustoms.code]));
    expect(events.find((e) => e.code === E.inCustoms.code)!.place).toBe("UNITED STATES");
    expect(events.at(-1)).toMatchObject({ status: "DELIVERED", place: "UNITED STATES" });
    expect(localDay(events.at(-1)!.occurredAt, "America/Los_Angeles")).toBe("2025-03-17");
  });

  it("words every event in English and French", () => {
    for (const kind of Object.values(TRACKING_EVENTS)) {
      expect(kind.en).not.toBe(kind.fr);
      expect(kind.fr.length).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(TRACKING_EVENTS).map((k) => k.code)).size).toBe(Object.keys(TRACKING_EVENTS).length);
  });
});

describe("referenceTrack", () => {
  const known = [facts(1), facts(2)];
  const manifest = async (numbers: string[]) => known.filter((f) => numbers.includes(f.trackingNumber));

  it("tracks the numbers the manifest knows and leaves the others out", async () => {
    const track = referenceTrack(manifest, () => LATER);
    const result = await track([pinFromSerial(2), pinFromSerial(99), pinFromSerial(1)]);
    expect(result.messages).toEqual([]);
    expect(result.data!.map((t) => t.trackingNumber)).toEqual([pinFromSerial(2), pinFromSerial(1)]);
    expect(result.data![0]).toEqual(simulateTracking(facts(2), LATER));
  });

  it("turns a failing manifest into a message", async () => {
    const track = referenceTrack(async () => Promise.reject(new Error("db down")));
    const result = await track([pinFromSerial(1)]);
    expect(result.data).toBeNull();
    expect(result.messages[0]).toMatchObject({ carrier: "reference", problem: { code: "carrierFailed" } });
  });

  it("is the connector's track when a manifest is given", async () => {
    expect(capabilities(referenceConnector)).not.toContain("track");
    const connector = createReferenceConnector({ issuedShipments: manifest, now: () => LATER });
    expect(capabilities(connector)).toEqual(["rate", "findPostOffices", "track", "pickups", "manifests"]);
    expect((await connector.track!([pinFromSerial(1)])).data).toHaveLength(1);
  });
});
