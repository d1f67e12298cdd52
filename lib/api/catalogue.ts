/**
 * Every endpoint of /api/v1, in the reference's order. The OpenAPI document, the contract tests and
 * the cross-tenant suite all read this list: an endpoint not listed here is not documented, and the
 * suites fail for a route file whose endpoint is missing (tests/api/catalogue.test.ts).
 */
import type { Endpoint } from "./endpoint";
import { validateAddressEndpoint } from "./endpoints/addresses";
import { createContactEndpoint, deleteContactEndpoint, getContactEndpoint, listContactsEndpoint, updateContactEndpoint } from "./endpoints/contacts";
import { getLabel, getReturnLabel } from "./endpoints/labels";
import { getRates } from "./endpoints/rates";
import { createShipment, getShipmentEndpoint, listShipmentsEndpoint, voidShipmentEndpoint } from "./endpoints/shipments";

export const ENDPOINTS: readonly Endpoint[] = [
  getRates,
  validateAddressEndpoint,
  listContactsEndpoint,
  createContactEndpoint,
  getContactEndpoint,
  updateContactEndpoint,
  deleteContactEndpoint,
  createShipment,
  listShipmentsEndpoint,
  getShipmentEndpoint,
  voidShipmentEndpoint,
  getLabel,
  getReturnLabel,
] as unknown as readonly Endpoint[];
