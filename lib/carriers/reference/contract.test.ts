/**
 * The reference carrier keeps the connector contract (tests/connector-contract.ts). Its records
 * of the labels it sold and the pickups it booked are Envoi's own (the registry reads them from
 * the database); here they are kept in memory, as a live carrier keeps its own.
 */
import { factsOf } from "../issued-shipments";
import type { BookedPickup, IssuedShipmentFacts } from "../types";
import { describeConnectorContract } from "@/tests/connector-contract";
import { createReferenceConnector } from ".";

/** Monday 2026-11-30, 10:00 in Toronto. */
const NOW = new Date("2026-11-30T15:00:00Z");

describeConnectorContract("reference", () => {
  let serial = 1_000n;
  const sold = new Map<string, IssuedShipmentFacts>();
  const pickups = new Map<string, BookedPickup>();
  const connector = createReferenceConnector({
    nextSerial: async () => serial++,
    issuedShipments: async (numbers) => numbers.flatMap((n) => (sold.has(n) ? [sold.get(n)!] : [])),
    bookedPickup: async (n) => pickups.get(n) ?? null,
    // Tracking is asked three days after the labels were sold.
    now: () => new Date(NOW.getTime() + 3 * 86_400_000),
  });
  return {
    connector,
    capabilities: ["rate", "shipments", "findPostOffices", "track", "pickups", "returns", "manifests"],
    now: NOW,
    stored: {
      shipment(request, issued, at) {
        const label = issued.label.kind === "draw" ? issued.label.label : { ...request.label, trackingNumber: issued.trackingNumber };
        const facts = factsOf({ trackingNumber: issued.trackingNumber, labelData: { label, returnLabel: null, quote: request.quote }, labelledAt: at, createdAt: at });
        if (facts) sold.set(issued.trackingNumber, facts);
      },
      pickup(confirmationNumber, request) {
        pickups.set(confirmationNumber, { date: request.date, postalCode: request.address.postalCode });
      },
    },
  };
});
