import { describe, expect, it } from "vitest";
import { eventBody, pickupObject, refundObject, shipmentObject, trackingObject, type ShipmentRow } from "./payloads";

const SHIPMENT: ShipmentRow = {
  id: "shp_1",
  batchId: "bat_1",
  status: "LABELLED",
  carrier: "reference",
  serviceCode: "DOM.EP",
  trackingNumber: "1234567890123456",
  returnTrackingNumber: null,
  reference1: "Order 1001",
  reference2: null,
  recipientName: "Zoé Gagnon",
  recipientCompany: null,
  recipientCity: "Québec",
  recipientProvince: "QC",
  recipientPostalCode: "G1R 4P5",
  recipientCountry: "CA",
  weightGrams: 1200,
  lengthMm: 300,
  widthMm: 200,
  heightMm: 100,
  rateCents: 1899,
  trackingStatus: "IN_TRANSIT",
  expectedDeliveryDate: "2026-12-09",
  labelledAt: new Date("2026-12-06T15:00:00Z"),
  deliveredAt: null,
  voidedAt: null,
};

describe("webhook payloads", () => {
  it("wrap the object in a stable event: id, type, unix created, live or test, data.object", () => {
    const body = eventBody("evt_1", "shipment.purchased", new Date("2026-12-06T15:00:01.900Z"), true, shipmentObject(SHIPMENT));
    expect(Object.keys(body)).toEqual(["id", "object", "type", "created", "livemode", "data"]);
    expect(body).toMatchObject({ id: "evt_1", object: "event", type: "shipment.purchased", created: 1796569201, livemode: true });
    expect(eventBody("evt_2", "shipment.purchased", new Date(), false, shipmentObject(SHIPMENT)).livemode).toBe(false);
  });

  it("show a shipment with cents and currency, grams, millimetres, ISO times and lower-case statuses", () => {
    expect(shipmentObject(SHIPMENT)).toEqual({
      object: "shipment",
      id: "shp_1",
      batchId: "bat_1",
      status: "labelled",
      carrier: "reference",
      serviceCode: "DOM.EP",
      trackingNumber: "1234567890123456",
      returnTrackingNumber: null,
      references: ["Order 1001"],
      recipient: { name: "Zoé Gagnon", company: null, city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA" },
      parcel: { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 },
      price: { amount: 1899, currency: "CAD" },
      trackingStatus: "in_transit",
      expectedDeliveryDate: "2026-12-09",
      labelledAt: "2026-12-06T15:00:00.000Z",
      deliveredAt: null,
      voidedAt: null,
    });
  });

  it("show tracking events oldest first in both languages, refunds and pickups with their amounts", () => {
    const tracking = trackingObject({ ...SHIPMENT, signatory: null }, [
      { code: "ACCEPTED", occurredAt: new Date("2026-12-06T20:00:00Z"), place: "MONTREAL", descriptionEn: "Accepted", descriptionFr: "Accepté", signatory: null, status: "IN_TRANSIT" },
    ]);
    expect(tracking).toMatchObject({ object: "tracking", shipmentId: "shp_1", status: "in_transit", events: [{ code: "ACCEPTED", occurredAt: "2026-12-06T20:00:00.000Z", status: "in_transit", place: "MONTREAL", description: { en: "Accepted", fr: "Accepté" } }] });
    expect(refundObject({ shipmentId: "shp_1", trackingNumber: "1234", status: "requested", amountCents: 1899, method: "ACCOUNT" })).toEqual({
      object: "refund",
      shipmentId: "shp_1",
      trackingNumber: "1234",
      status: "requested",
      amount: { amount: 1899, currency: "CAD" },
      method: "account",
    });
    const pickup = pickupObject(
      { id: "pk_1", carrier: "reference", confirmationNumber: "P123", status: "SCHEDULED", date: "2026-12-08", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", line1: "1 Main", line2: null, city: "Ottawa", province: "ON", postalCode: "K1A 0B1", parcels: 2, totalWeightGrams: 3000, totalCents: 677, cancelledAt: null },
      "booked",
    );
    expect(pickup).toMatchObject({ object: "pickup", change: "booked", status: "scheduled", location: "front_desk", totalWeightGrams: 3000, price: { amount: 677, currency: "CAD" } });
  });
});
