import type { CarrierConnector } from "../types";
import { problem } from "@/lib/rating/problems";
import { nearestReferencePostOffices, referencePostOffice } from "./post-offices";
import { referenceRate } from "./rate";

/** The offline reference carrier: Canada Post's published prices and rules, sample data after purchase. */
export const referenceConnector: CarrierConnector = {
  id: "reference",
  sandbox: true,
  rate: async (request) => referenceRate(request),
  findPostOffices: async (query) => {
    const offices = nearestReferencePostOffices(query.postalCode, { limit: query.limit, d2poOnly: query.d2poOnly });
    return offices ? { data: offices, messages: [] } : { data: null, messages: [{ carrier: "reference", problem: problem("destinationInvalid", "destination") }] };
  },
  postOffice: async (id) => referencePostOffice(id),
};
