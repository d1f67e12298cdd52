/**
 * The connectors a business rates and ships with. Today every business uses the offline reference
 * carrier; the live Canada Post connector joins here when credentials are configured.
 */
import { referenceConnector } from "./reference";
import type { CarrierConnector } from "./types";

export function connectorsForBusiness(): CarrierConnector[] {
  return [referenceConnector];
}
