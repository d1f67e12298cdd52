/**
 * The one way to a carrier: the connectors a business rates and ships with, and the connector that
 * issued a shipment or booked a pickup (it is asked again to track, void or change it). Nothing
 * outside lib/carriers imports a connector folder. Today every business has the offline reference
 * carrier; the live Canada Post connector joins here when a business connects its account.
 */
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { issuedShipmentFacts } from "./issued-shipments";
import { createReferenceConnector } from "./reference";
import { nextTrackingSerial } from "./reference-serials";
import type { CarrierConnector, CarrierId } from "./types";

export interface ConnectorOptions {
  /** The clock the reference carrier simulates tracking at (tests and the operator's command pin it). */
  now?: Date;
}

function reference(ctx: TenantContext, options: ConnectorOptions): CarrierConnector {
  return createReferenceConnector({
    issuedShipments: (numbers) => issuedShipmentFacts(ctx, numbers),
    now: options.now ? () => options.now! : undefined,
    bookedPickup: (confirmationNumber) =>
      withTenant(ctx, (tx) => tx.pickup.findFirst({ where: { businessId: ctx.businessId, confirmationNumber }, select: { date: true, postalCode: true } })),
    nextSerial: nextTrackingSerial,
  });
}

/** Every connector of the business, the first being the one it books pickups and finds offices with. */
export function connectorsFor(ctx: TenantContext, options: ConnectorOptions = {}): CarrierConnector[] {
  return [reference(ctx, options)];
}

/** The business's connector for `carrier` (the one that issued a shipment, booked a pickup, quoted a rate). */
export function connectorFor(ctx: TenantContext, carrier: CarrierId, options: ConnectorOptions = {}): CarrierConnector {
  const connector = connectorsFor(ctx, options).find((c) => c.id === carrier);
  if (!connector) throw new Error(`carrier ${carrier} is not connected for business ${ctx.businessId}`);
  return connector;
}

/** The connector a business books pickups and finds post offices with. */
export function primaryConnector(ctx: TenantContext, options: ConnectorOptions = {}): CarrierConnector {
  return connectorsFor(ctx, options)[0]!;
}

/** A carrier id as stored (rows from before carriers were recorded are the reference carrier's). */
export function carrierOf(stored: string | null | undefined): CarrierId {
  return stored === "canadapost" ? "canadapost" : "reference";
}
