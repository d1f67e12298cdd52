import type { CarrierConnector } from "../types";
import { problem } from "@/lib/rating/problems";
import { nearestReferencePostOffices, referencePostOffice } from "./post-offices";
import { searchReferencePostOffices } from "./post-office-search";
import { referencePickups, type BookedPickup } from "./pickups";
import { referenceRate } from "./rate";
import { referenceTrack, type ReferenceShipmentFacts } from "./tracking";

export type { ReferenceShipmentFacts } from "./tracking";
export type { BookedPickup } from "./pickups";

export interface ReferenceConnectorOptions {
  /** Loads what the carrier knows of the labels it issued; without it the connector cannot track. */
  manifest?: (trackingNumbers: string[]) => Promise<ReferenceShipmentFacts[]>;
  /** The clock tracking is simulated at (tests and demos pin it). */
  now?: () => Date;
  /** Loads a pickup Envoi booked (its date, to refuse a late change or cancellation); see ReferencePickupOptions. */
  bookedPickup?: (confirmationNumber: string) => Promise<BookedPickup | null>;
}

/** The offline reference carrier: Canada Post's published prices and rules, sample data after purchase. */
export function createReferenceConnector(options: ReferenceConnectorOptions = {}): CarrierConnector {
  const connector: CarrierConnector = {
    id: "reference",
    sandbox: true,
    rate: async (request) => referenceRate(request),
    findPostOffices: async (query) => {
      const near = { limit: query.limit, d2poOnly: query.d2poOnly };
      const offices = query.text !== undefined ? (searchReferencePostOffices(query.text, near)?.offices ?? null) : nearestReferencePostOffices(query.postalCode ?? "", near);
      return offices ? { data: offices, messages: [] } : { data: null, messages: [{ carrier: "reference", problem: problem("destinationInvalid", "destination") }] };
    },
    postOffice: async (id) => referencePostOffice(id),
    ...referencePickups({ booked: options.bookedPickup }),
  };
  return options.manifest ? { ...connector, track: referenceTrack(options.manifest, options.now) } : connector;
}

/** The reference carrier without a manifest (rating, post offices and pickups; no tracking). */
export const referenceConnector: CarrierConnector = createReferenceConnector();
