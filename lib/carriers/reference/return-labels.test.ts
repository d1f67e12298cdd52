import { describe, expect, it } from "vitest";
import { MONTREAL_SHOP, NO_OPTIONS, TORONTO_CUSTOMER } from "@/lib/labels/test-fixtures";
import type { LabelData } from "@/lib/labels/types";
import { returnFactsOf } from "../issued-shipments";
import type { IssuedShipmentFacts, ReturnLabelRequest } from "../types";
import { isValidPin } from "@/lib/shipments/tracking-numbers";
import { createReferenceConnector } from ".";
import { simulateTracking } from "./tracking";

/** Monday 2026-11-30, 10:00 in Toronto. */
const ISSUED = new Date("2026-11-30T15:00:00Z");

/** The customer in Toronto sends the parcel back to the shop in Montréal. */
function request(over: Partial<Omit<LabelData, "trackingNumber">> = {}): ReturnLabelRequest {
  return {
    reference: "ret_1",
    label: {
      serviceCode: "DOM.EP",
      serviceName: { en: "Expedited Parcel", fr: "Colis accélérés" },
      sender: TORONTO_CUSTOMER,
      recipient: MONTREAL_SHOP,
      options: NO_OPTIONS,
      weightGrams: 1200,
      lengthMm: 300,
      widthMm: 200,
      heightMm: 100,
      mailingDate: "2026-11-30",
      isReturn: true,
      ...over,
    },
    format: "letter",
    locale: "en",
    issuedAt: ISSUED,
  };
}

function carrier(now = ISSUED) {
  let serial = 5_000n;
  const issued = new Map<string, IssuedShipmentFacts>();
  const connector = createReferenceConnector({
    nextSerial: async () => serial++,
    issuedShipments: async (numbers) => numbers.flatMap((n) => (issued.has(n) ? [issued.get(n)!] : [])),
    now: () => now,
  });
  return { connector, issued };
}

describe("reference return labels", () => {
  it("issues a drawn return label with a PIN and the rating engine's price for the return leg", async () => {
    const { connector } = carrier();
    const { data, messages } = await connector.createReturnLabel!(request());
    expect(messages).toEqual([]);
    expect(isValidPin(data!.trackingNumber)).toBe(true);
    expect(data!.estimatedCents).toBeGreaterThan(0);
    expect(data!.expectedDeliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data!.label.kind).toBe("draw");
    const label = data!.label.kind === "draw" ? data!.label.label : null;
    expect(label).toMatchObject({ trackingNumber: data!.trackingNumber, isReturn: true, serviceCode: "DOM.EP" });
    expect(label!.sender.city).toBe("Toronto");
    expect(label!.recipient.city).toBe("Montréal");
    // Each label its own number.
    const second = await connector.createReturnLabel!(request());
    expect(second.data!.trackingNumber).not.toBe(data!.trackingNumber);
  });

  it("prices a heavier parcel higher", async () => {
    const { connector } = carrier();
    const light = await connector.createReturnLabel!(request({ weightGrams: 500 }));
    const heavy = await connector.createReturnLabel!(request({ weightGrams: 9000 }));
    expect(heavy.data!.estimatedCents).toBeGreaterThan(light.data!.estimatedCents);
  });

  it("refuses a customer outside Canada with a translated reason", async () => {
    const { connector } = carrier();
    const abroad = await connector.createReturnLabel!(request({ sender: { ...TORONTO_CUSTOMER, country: "US", province: "NY", postalCode: "10001" } }));
    expect(abroad.data).toBeNull();
    expect(abroad.messages.map((m) => m.problem.code)).toEqual(["returnNotDomestic"]);
  });

  it("simulates the return's tracking from its issue time: first scan, then delivered back", async () => {
    const { connector, issued } = carrier();
    const { data } = await connector.createReturnLabel!(request());
    const label = data!.label.kind === "draw" ? data!.label.label : null;
    const facts = returnFactsOf({
      trackingNumber: data!.trackingNumber,
      labelData: { label, expectedDeliveryDate: data!.expectedDeliveryDate },
      issuedAt: ISSUED,
      createdAt: ISSUED,
      serviceCode: label!.serviceCode,
    })!;
    issued.set(data!.trackingNumber, facts);
    expect(simulateTracking(facts, new Date(ISSUED.getTime() - 60_000)).status).toBe("CREATED");
    const week = simulateTracking(facts, new Date(ISSUED.getTime() + 10 * 86_400_000));
    expect(week.status).toBe("DELIVERED");
    const statuses = week.events.map((e) => e.status);
    expect(statuses.indexOf("IN_TRANSIT")).toBeGreaterThan(-1);
    expect(statuses.indexOf("IN_TRANSIT")).toBeLessThan(statuses.indexOf("DELIVERED"));
    expect(week.events.at(-1)!.place).toContain("MONTR");
  });

  it("cancels a return label until the carrier scans it", async () => {
    const before = carrier(new Date(ISSUED.getTime() + 60_000));
    const issuedLabel = (await before.connector.createReturnLabel!(request())).data!;
    const label = issuedLabel.label.kind === "draw" ? issuedLabel.label.label : null;
    const facts = returnFactsOf({ trackingNumber: issuedLabel.trackingNumber, labelData: { label, expectedDeliveryDate: issuedLabel.expectedDeliveryDate }, issuedAt: ISSUED, createdAt: ISSUED, serviceCode: "DOM.EP" })!;
    before.issued.set(issuedLabel.trackingNumber, facts);
    expect(await before.connector.cancelReturnLabel!({ trackingNumber: issuedLabel.trackingNumber, carrierShipmentId: issuedLabel.carrierShipmentId })).toEqual({ data: { cancelled: true }, messages: [] });

    const after = carrier(new Date(ISSUED.getTime() + 10 * 86_400_000));
    after.issued.set(issuedLabel.trackingNumber, facts);
    const refused = await after.connector.cancelReturnLabel!({ trackingNumber: issuedLabel.trackingNumber, carrierShipmentId: issuedLabel.carrierShipmentId });
    expect(refused.data).toBeNull();
    expect(refused.messages.map((m) => m.problem.code)).toEqual(["returnAlreadyScanned"]);
  });
});
