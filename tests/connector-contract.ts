/**
 * The contract every carrier connector keeps, as one suite any connector runs
 * (`describeConnectorContract`): what each operation it implements answers, in the shapes Envoi
 * relies on, and that a carrier-side problem is an answer (data null, messages), never a throw.
 * The reference carrier runs it today (lib/carriers/reference/contract.test.ts); a live connector
 * runs it against its sandbox or a recorded one.
 */
import { describe, expect, it } from "vitest";
import { capabilities, type Capability, type CarrierConnector, type CarrierRateRequest, type IssuedShipment, type PickupRequest, type ShipmentRequest } from "@/lib/carriers/types";
import { domesticLabel } from "@/lib/labels/test-fixtures";
import type { Quote } from "@/lib/rating/quote";

export interface ContractSubject {
  connector: CarrierConnector;
  /** What the connector must implement: each operation of the contract is then held to it. */
  capabilities: Capability[];
  /** The carrier's clock (the day parcels are mailed and pickups are booked from). */
  now: Date;
  /** Sells a return label with a shipment (default true); when false, asking for one is refused with a message and nothing is bought. */
  returnLabels?: boolean;
  /**
   * What Envoi stores after a purchase or a booking, for a carrier that reads Envoi's records
   * instead of keeping its own (the reference carrier); a live carrier needs none.
   */
  stored?: {
    shipment?(request: ShipmentRequest, issued: IssuedShipment, at: Date): void | Promise<void>;
    pickup?(confirmationNumber: string, request: PickupRequest): void | Promise<void>;
  };
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The next weekday at least `days` days after `now` (pickups are booked on business days). */
function businessDayAfter(now: Date, days: number): string {
  let d = new Date(now.getTime() + days * DAY);
  while ([0, 6].includes(d.getUTCDay())) d = new Date(d.getTime() + DAY);
  return isoDay(d);
}

function rateRequest(now: Date): CarrierRateRequest {
  return {
    customerType: "small_business",
    originPostalCode: "K1A 0B1",
    destination: { country: "CA", postalCode: "M5V 3L9" },
    parcel: { weightGrams: 1500, lengthMm: 300, widthMm: 200, heightMm: 100 },
    mailedAt: `${isoDay(now)}T10:00`,
  };
}

function pickupRequest(now: Date, over: Partial<PickupRequest> = {}): PickupRequest {
  return {
    address: { company: "Contract Test Inc.", line1: "290 Bremner Blvd", line2: null, city: "Toronto", province: "ON", postalCode: "M5V 3L9" },
    date: businessDayAfter(now, 2),
    readyTime: "12:00",
    closingTime: "17:00",
    location: "RECEPTION",
    instructions: null,
    contact: { name: "Mireille Gagnon", phone: "416-555-0100", email: "mireille@example.com" },
    parcels: 2,
    totalWeightGrams: 3000,
    heavy: false,
    ...over,
  };
}

export function describeConnectorContract(name: string, setup: () => ContractSubject | Promise<ContractSubject>) {
  describe(`the connector contract: ${name}`, () => {
    /** Whether the connector declares `capability`; one that does not must not half-implement it. */
    const can = async (capability: Capability) => {
      const subject = await setup();
      const declared = subject.capabilities.includes(capability);
      expect(capabilities(subject.connector).includes(capability)).toBe(declared);
      return declared;
    };

    async function quote(subject: ContractSubject): Promise<Quote> {
      const rated = await subject.connector.rate!(rateRequest(subject.now));
      const cheapest = [...(rated.data?.quotes ?? [])].sort((a, b) => a.totalCents - b.totalCents)[0];
      if (!cheapest) throw new Error(`no quote: ${JSON.stringify(rated.messages)}`);
      return cheapest;
    }

    function shipmentRequest(subject: ContractSubject, q: Quote, over: Partial<ShipmentRequest> = {}): ShipmentRequest {
      // Options every carrier takes on their own (collect on delivery needs a hand-off option at Canada Post).
      const plain = domesticLabel({ serviceCode: q.serviceCode, mailingDate: q.mailingDate });
      const { trackingNumber: _unknownYet, ...label } = { ...plain, options: { ...plain.options, codCents: 0 } };
      void _unknownYet;
      return { reference: `contract-${Math.random().toString(36).slice(2)}`, label, returnLabel: false, quote: q, format: "thermal4x6", locale: "en", ...over };
    }

    it("names itself and says what it can do", async () => {
      const { connector } = await setup();
      expect(["reference", "canadapost"]).toContain(connector.id);
      expect(typeof connector.sandbox).toBe("boolean");
      expect(capabilities(connector)).toEqual((await setup()).capabilities);
    });

    it("rates: every quote adds up, with a delivery date on or after the mailing day; a bad request is an answer, not a throw", async () => {
      if (!(await can("rate"))) return;
      const subject = await setup();
      const rated = await subject.connector.rate!(rateRequest(subject.now));
      expect(rated.messages).toEqual([]);
      expect(rated.data!.priceListId).toMatch(/\S/);
      expect(rated.data!.quotes.length).toBeGreaterThan(0);
      for (const q of rated.data!.quotes) {
        expect(Number.isInteger(q.totalCents) && q.totalCents > 0).toBe(true);
        expect(q.lines.reduce((t, l) => t + l.amountCents, 0)).toBe(q.totalCents);
        expect(q.expectedDeliveryDate >= q.mailingDate).toBe(true);
        expect(q.mailingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const bad = await subject.connector.rate!({ ...rateRequest(subject.now), destination: { country: "CA", postalCode: "ZZZ ZZZ" } });
      expect(bad.data?.quotes ?? []).toEqual([]);
      expect(bad.messages.length + (bad.data?.unavailable.length ?? 0)).toBeGreaterThan(0);
    });

    it("sells labels: a tracking number of its own for each, the label or what draws it, the price; a return label has its own number", async () => {
      if (!(await can("shipments"))) return;
      const subject = await setup();
      const q = await quote(subject);
      const first = await subject.connector.createShipment!(shipmentRequest(subject, q));
      const second = await subject.connector.createShipment!(shipmentRequest(subject, q, { returnLabel: subject.returnLabels !== false }));
      for (const answer of [first, second]) {
        expect(answer.messages).toEqual([]);
        const issued = answer.data!;
        expect(issued.trackingNumber).toMatch(/^[0-9A-Z]{10,}$/);
        expect(issued.carrierShipmentId).toMatch(/\S/);
        expect(Number.isInteger(issued.priceCents) && issued.priceCents >= 0).toBe(true);
        if (issued.label.kind === "pdf") expect(Buffer.from(issued.label.pdf).subarray(0, 5).toString()).toBe("%PDF-");
        else expect(issued.label.label).toMatchObject({ trackingNumber: issued.trackingNumber, serviceCode: q.serviceCode, recipient: domesticLabel().recipient });
      }
      expect(first.data!.trackingNumber).not.toBe(second.data!.trackingNumber);
      expect(first.data!.returnTrackingNumber).toBeNull();
      if (subject.returnLabels === false) {
        const refused = await subject.connector.createShipment!(shipmentRequest(subject, q, { returnLabel: true }));
        expect(refused.data).toBeNull();
        expect(refused.messages.map((m) => m.text ?? m.problem.code).join(" ")).toMatch(/\S/);
        return;
      }
      const withReturn = second.data!;
      expect(withReturn.returnTrackingNumber).toMatch(/^[0-9A-Z]{10,}$/);
      expect(withReturn.returnTrackingNumber).not.toBe(withReturn.trackingNumber);
      if (withReturn.label.kind === "draw") expect(withReturn.label.returnLabel).toMatchObject({ trackingNumber: withReturn.returnTrackingNumber, isReturn: true });
    });

    it("voids a label it sold (or takes a refund request), and answers for one it does not know", async () => {
      if (!(await can("shipments"))) return;
      const subject = await setup();
      const issued = (await subject.connector.createShipment!(shipmentRequest(subject, await quote(subject)))).data!;
      const voided = await subject.connector.voidShipment!({ trackingNumber: issued.trackingNumber, carrierShipmentId: issued.carrierShipmentId }, subject.now);
      expect(["voided", "refundRequested"]).toContain(voided.data!.status);
      const unknown = await subject.connector.voidShipment!({ trackingNumber: "0000000000000000", carrierShipmentId: null }, subject.now);
      expect(unknown.data !== null || unknown.messages.length > 0).toBe(true);
    });

    it("tracks what it sold, events oldest first; numbers it does not know are left out", async () => {
      if (!(await can("track")) || !(await can("shipments"))) return;
      const subject = await setup();
      const request = shipmentRequest(subject, await quote(subject));
      const issued = (await subject.connector.createShipment!(request)).data!;
      await subject.stored?.shipment?.(request, issued, subject.now);
      const tracked = await subject.connector.track!([issued.trackingNumber, "0000000000000000"]);
      expect(tracked.data!.map((t) => t.trackingNumber)).toEqual([issued.trackingNumber]);
      const { events, status } = tracked.data![0]!;
      expect(events.length).toBeGreaterThan(0);
      expect(events.map((e) => e.occurredAt)).toEqual([...events.map((e) => e.occurredAt)].sort());
      expect(status).toBe(events.at(-1)!.status);
      for (const e of events) expect(e.description.en && e.description.fr).toBeTruthy();
    });

    it("finds post offices near a postal code, closest first, and each again by its id", async () => {
      if (!(await can("findPostOffices"))) return;
      const { connector } = await setup();
      const near = await connector.findPostOffices!({ postalCode: "K1A 0B1", limit: 5 });
      const offices = near.data!;
      expect(offices.length).toBeGreaterThan(0);
      expect(offices.length).toBeLessThanOrEqual(5);
      expect(offices.map((o) => o.distanceKm)).toEqual([...offices.map((o) => o.distanceKm)].sort((a, b) => a - b));
      const again = await connector.postOffice!(offices[0]!.id);
      expect(again).toMatchObject({ id: offices[0]!.id, name: offices[0]!.name, postalCode: offices[0]!.postalCode });
      expect(await connector.postOffice!("NO-SUCH-OFFICE")).toBeNull();
      const bad = await connector.findPostOffices!({ postalCode: "ZZZ" });
      expect(bad.data).toBeNull();
      expect(bad.messages.length).toBeGreaterThan(0);
    });

    it("books, changes and cancels a pickup; a request that breaks its rules gets problems on their fields", async () => {
      if (!(await can("pickups"))) return;
      const subject = await setup();
      const { connector, now } = subject;
      const availability = await connector.pickupAvailability!("M5V 3L9");
      expect(availability.data).toMatchObject({ available: true, timeZone: "America/Toronto" });
      const request = pickupRequest(now);
      const booked = await connector.createPickup!(request, now);
      expect(booked.problems ?? []).toEqual([]);
      expect(booked.data!.confirmationNumber).toMatch(/\S/);
      expect(booked.data!.totalCents).toBe(booked.data!.feeCents + booked.data!.taxCents);
      await subject.stored?.pickup?.(booked.data!.confirmationNumber, request);
      const changed = await connector.updatePickup!(booked.data!.confirmationNumber, { ...request, parcels: 6, totalWeightGrams: 9000 }, now);
      expect(changed.problems ?? []).toEqual([]);
      expect(changed.data!.confirmationNumber).toBe(booked.data!.confirmationNumber);
      const cancelled = await connector.cancelPickup!(booked.data!.confirmationNumber, now);
      expect(cancelled.data).toEqual({ cancelled: true });
      const broken = await connector.createPickup!(pickupRequest(now, { parcels: 0, contact: { name: "", phone: "", email: "" } }), now);
      expect(broken.data).toBeNull();
      expect(broken.problems!.map((p) => p.field)).toEqual(expect.arrayContaining(["parcels", "contactName"]));
    });
  });
}
