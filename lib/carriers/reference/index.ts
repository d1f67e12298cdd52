import type { CarrierConnector } from "../types";
import { referenceRate } from "./rate";

/** The offline reference carrier: Canada Post's published prices and rules, sample data after purchase. */
export const referenceConnector: CarrierConnector = {
  id: "reference",
  sandbox: true,
  rate: async (request) => referenceRate(request),
};
