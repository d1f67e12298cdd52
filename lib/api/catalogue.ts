/**
 * Every endpoint of /api/v1, in the reference's order. The OpenAPI document, the contract tests and
 * the cross-tenant suite all read this list: an endpoint not listed here is not documented, and the
 * suites fail for a route file whose endpoint is missing (tests/api/catalogue.test.ts).
 */
import type { Endpoint } from "./endpoint";
import { getAccount, listAccountTransactions } from "./endpoints/account";
import { validateAddressEndpoint } from "./endpoints/addresses";
import { buyBatch, createBatch, getBatch, listBatches } from "./endpoints/batches";
import { createContactEndpoint, deleteContactEndpoint, getContactEndpoint, listContactsEndpoint, updateContactEndpoint } from "./endpoints/contacts";
import { getLabel, getReturnLabel } from "./endpoints/labels";
import { cancelPickupById, createPickup, getPickupAvailability, getPickupById, listPickups, updatePickup } from "./endpoints/pickups";
import { listPostOffices } from "./endpoints/post-offices";
import { getRates } from "./endpoints/rates";
import { cancelReturnEndpoint, createReturn, getReturn, getReturnLabelFile, listReturns } from "./endpoints/returns";
import { createShipment, getShipmentEndpoint, listShipmentsEndpoint, voidShipmentEndpoint } from "./endpoints/shipments";
import { getTracking } from "./endpoints/tracking";

export const ENDPOINTS: readonly Endpoint[] = [
  getRates,
  validateAddressEndpoint,
  listPostOffices,
  createShipment,
  listShipmentsEndpoint,
  getShipmentEndpoint,
  voidShipmentEndpoint,
  getLabel,
  getReturnLabel,
  createBatch,
  getBatch,
  buyBatch,
  listBatches,
  getTracking,
  getPickupAvailability,
  createPickup,
  getPickupById,
  updatePickup,
  cancelPickupById,
  listPickups,
  createReturn,
  listReturns,
  getReturn,
  getReturnLabelFile,
  cancelReturnEndpoint,
  listContactsEndpoint,
  createContactEndpoint,
  getContactEndpoint,
  updateContactEndpoint,
  deleteContactEndpoint,
  getAccount,
  listAccountTransactions,
] as unknown as readonly Endpoint[];
