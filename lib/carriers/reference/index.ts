import type { CarrierConnector } from "../types";
import { problem } from "@/lib/rating/problems";
import { nearestReferencePostOffices, referencePostOffice } from "./post-offices";
import { referenceRate } from "./rate";
import { referenceTrack, type ReferenceShipmentFacts } from "./tracking";

export type { ReferenceShipmentFacts } from "./tracking";

export interface ReferenceConnectorOptions {
  /** Loads what the carrier knows of the labels it issued; without it the connector cannot track. */
  manifest?: (trackingNumbers: string[]) => Promise<ReferenceShipmentFacts[]>;
  /** The clock tracking is simulated at (tests and demos pin it). */
  now?: () => Date;
}

/** The offline reference carrier: Canada Post's published prices and rules, sample data after purchase. */
export function createReferenceConnector(options: ReferenceConnectorOptions = {}): CarrierConnector {
  const connector: CarrierConnector = {
    id: "reference",
    sandbox: true,
    rate: async (request) => referenceRate(request),
    findPostOffices: async (query) => {
      const offices = nearestReferencePostOffices(query.postalCode, { limit: query.limit, d2poOnly: query.d2poOnly });
      return offices ? { data: offices, messages: [] } : { data: null, messages: [{ carrier: "reference", problem: problem("destinationInvalid", "destination") }] };
    },
    postOffice: async (id) => referencePostOffice(id),
  };
  return options.manifest ? { ...connector, track: referenceTrack(options.manifest, options.now) } : connector;
}

/** The reference carrier without a manifest (rating and post offices only). */
export const referenceConnector: CarrierConnector = createReferenceConnector();
