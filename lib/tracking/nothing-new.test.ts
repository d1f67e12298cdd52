import { describe, expect, it } from "vitest";
import type { ShipmentTracking, TrackingEvent } from "@/lib/carriers/types";
import { nothingNew, type StoredTracking } from "./nothing-new";

const event = (code: string, occurredAt: string, status: TrackingEvent["status"], notice: TrackingEvent["notice"] = null, signatory: string | null = null): TrackingEvent => ({
  code,
  occurredAt,
  place: "MONTREAL, QC",
  description: { en: code, fr: code },
  signatory,
  status,
  notice,
});
const accepted = event("3000", "2026-12-01T20:00:00.000Z", "IN_TRANSIT", "shipped");
const delivered = event("1496", "2026-12-03T15:30:00.000Z", "DELIVERED", "delivered", "J. SMITH");
const answer = (events: TrackingEvent[], status: TrackingEvent["status"], expectedDeliveryDate: string | null = "2026-12-03"): ShipmentTracking => ({ trackingNumber: "1234567890123456", status, expectedDeliveryDate, events });
const stored = (events: TrackingEvent[], over: Partial<StoredTracking> = {}): StoredTracking => ({
  notifications: [{ email: "owner@example.com", events: ["shipped", "delivered"] }],
  labelData: null,
  trackingStatus: events.at(-1)?.status ?? "CREATED",
  expectedDeliveryDate: "2026-12-03",
  deliveredAt: null,
  signatory: null,
  trackingEvents: events.map((e) => ({ code: e.code, occurredAt: new Date(e.occurredAt) })),
  deliveryNotices: events.filter((e) => e.notice).map((e) => ({ email: "owner@example.com", event: e.notice! })),
  ...over,
});

describe("nothingNew", () => {
  it("is true when every event, the status, the expected date and every update due are stored already", () => {
    expect(nothingNew(stored([accepted]), answer([accepted], "IN_TRANSIT"))).toBe(true);
    const done = stored([accepted, delivered], { deliveredAt: new Date(delivered.occurredAt), signatory: "J. SMITH" });
    expect(nothingNew(done, answer([accepted, delivered], "DELIVERED"))).toBe(true);
    // A carrier that stops giving an expected date changes nothing stored.
    expect(nothingNew(stored([accepted]), answer([accepted], "IN_TRANSIT", null))).toBe(true);
  });

  it("is false for a new event, a changed status or expected date, or a delivery not yet stored", () => {
    expect(nothingNew(stored([accepted]), answer([accepted, delivered], "DELIVERED"))).toBe(false);
    expect(nothingNew(stored([accepted]), answer([accepted], "EXCEPTION"))).toBe(false);
    expect(nothingNew(stored([accepted]), answer([accepted], "IN_TRANSIT", "2026-12-04"))).toBe(false);
    const signedLater = stored([accepted, delivered], { deliveredAt: new Date(delivered.occurredAt), signatory: null });
    expect(nothingNew(signedLater, answer([accepted, delivered], "DELIVERED"))).toBe(false);
  });

  it("is false while an update the parcel's addresses ask for has not been sent (an address added since)", () => {
    const added = stored([accepted], { notifications: [{ email: "owner@example.com", events: ["shipped"] }, { email: "Late@Example.com", events: ["shipped"] }] });
    expect(nothingNew(added, answer([accepted], "IN_TRANSIT"))).toBe(false);
    expect(nothingNew({ ...added, deliveryNotices: [...added.deliveryNotices, { email: "late@example.com", event: "shipped" }] }, answer([accepted], "IN_TRANSIT"))).toBe(true);
  });
});
