import type { BookedPickup, CarrierConnector, IssuedShipmentFacts } from "../types";
import { problem } from "@/lib/rating/problems";
import { nearestReferencePostOffices, referencePostOffice } from "./post-offices";
import { searchReferencePostOffices } from "./post-office-search";
import { referencePickups } from "./pickups";
import { referenceOpenReturns, type OpenReturnUsage } from "./open-returns";
import { referenceRate } from "./rate";
import { referenceTransmit } from "./manifests";
import { referenceReturnLabels } from "./return-labels";
import { referenceShipments } from "./shipments";
import { referenceTrack } from "./tracking";

export interface ReferenceConnectorOptions {
  /** What the carrier knows of the labels it issued; without it the connector cannot track. */
  issuedShipments?: (trackingNumbers: string[]) => Promise<IssuedShipmentFacts[]>;
  /** The clock tracking is simulated at (tests and demos pin it). */
  now?: () => Date;
  /** Loads a pickup Envoi booked (its date, to refuse a late change or cancellation); see ReferencePickupOptions. */
  bookedPickup?: (confirmationNumber: string) => Promise<BookedPickup | null>;
  /** Its tracking number allocation (lib/carriers/reference-serials.ts); without it the connector sells no labels. */
  nextSerial?: (kind: "PIN" | "S10") => Promise<bigint>;
  /** What Envoi recorded of an open return template; with nextSerial, the connector offers open returns. */
  openReturnUsage?: (templateId: string) => Promise<OpenReturnUsage | null>;
}

/** The offline reference carrier: Canada Post's published prices and rules, sample data after purchase. */
export function createReferenceConnector(options: ReferenceConnectorOptions = {}): CarrierConnector {
  return {
    id: "reference",
    sandbox: true,
    mode: "reference",
    accountId: null,
    rate: async (request) => referenceRate(request),
    findPostOffices: async (query) => {
      const near = { limit: query.limit, d2poOnly: query.d2poOnly };
      const offices = query.text !== undefined ? (searchReferencePostOffices(query.text, near)?.offices ?? null) : nearestReferencePostOffices(query.postalCode ?? "", near);
      return offices ? { data: offices, messages: [] } : { data: null, messages: [{ carrier: "reference", problem: problem("destinationInvalid", "destination") }] };
    },
    postOffice: async (id) => referencePostOffice(id),
    ...referencePickups({ booked: options.bookedPickup }),
    ...referenceShipments({ nextSerial: options.nextSerial, issuedShipments: options.issuedShipments }),
    ...referenceReturnLabels({ nextSerial: options.nextSerial, issuedShipments: options.issuedShipments, now: options.now }),
    ...referenceOpenReturns({ nextSerial: options.nextSerial, templateUsage: options.openReturnUsage }),
    ...(options.issuedShipments ? { track: referenceTrack(options.issuedShipments, options.now) } : {}),
    transmit: referenceTransmit,
  };
}

/** The reference carrier without a business behind it (its pure operations: rating, offices, pickups). */
export const referenceConnector: CarrierConnector = createReferenceConnector();
