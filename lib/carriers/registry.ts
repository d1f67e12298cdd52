/**
 * The one way to a carrier: the connectors a business rates and ships with, and the connector that
 * issued a shipment or booked a pickup (it is asked again to track, void or change it). Nothing
 * outside lib/carriers imports a connector folder.
 *
 * A business with its own Canada Post account ships with it (Canada Post bills the business);
 * otherwise with the platform's Canada Post account when the operator configured one (Envoi buys
 * and charges the business); otherwise with the offline reference carrier (development, tests and
 * demos).
 */
import { isTestMode, withTenant, type TenantContext } from "@/lib/tenancy/context";
import { canadaPostById, canadaPostLimits, canadaPostOf, currentCanadaPost, type LiveCanadaPost } from "./accounts/live";
import { markCarrierAccountVerified } from "./accounts/accounts";
import { createCanadaPostConnector, discoverServices } from "./canadapost";
import { createSender } from "./canadapost/http";
import { issuedShipmentFacts } from "./issued-shipments";
import { shipmentGroupId } from "./groups";
import { openReturnUsage } from "@/lib/open-returns/issue";
import { createReferenceConnector } from "./reference";
import { nextTrackingSerial } from "./reference-serials";
import { takeCarrierSlot, throttleKey } from "./throttle";
import type { CarrierConnector, CarrierId, CarrierResult } from "./types";

export { accountSelect } from "./accounts/live";

export interface ConnectorOptions {
  /** The clock the reference carrier simulates tracking at (tests and the operator's command pin it). */
  now?: Date;
  /** The language a live carrier answers in (its error messages, post office names). */
  locale?: "en" | "fr";
  /** The business's carrier account that issued a shipment or booked a pickup (null: Envoi's). */
  accountId?: string | null;
}

function reference(ctx: TenantContext, options: ConnectorOptions): CarrierConnector {
  return createReferenceConnector({
    issuedShipments: (numbers) => issuedShipmentFacts(ctx, numbers),
    now: options.now ? () => options.now! : undefined,
    bookedPickup: (confirmationNumber) =>
      withTenant(ctx, (tx) => tx.pickup.findFirst({ where: { businessId: ctx.businessId, confirmationNumber }, select: { date: true, postalCode: true } })),
    nextSerial: nextTrackingSerial,
    openReturnUsage: (templateId) => withTenant(ctx, (tx) => openReturnUsage(tx, ctx.businessId, templateId)),
  });
}

/** Calls to Canada Post with an account, under the account's shared throttle. */
function senderFor(live: LiveCanadaPost, locale: "en" | "fr", attempts?: number) {
  const limits = canadaPostLimits();
  return createSender({ baseUrl: live.baseUrl, username: live.username, password: live.password, locale, attempts, throttle: (group) => takeCarrierSlot(throttleKey("canadapost", live.username, group), limits[group]) });
}

/** The Canada Post connector for an account (contract shipments of `businessId` grouped as lib/carriers/groups.ts says). */
export function canadaPostConnector(live: LiveCanadaPost, options: ConnectorOptions = {}, businessId?: string): CarrierConnector {
  const send = senderFor(live, options.locale ?? "en");
  const groupId = businessId ? (request: Parameters<typeof shipmentGroupId>[1]) => shipmentGroupId(businessId, request) : undefined;
  return createCanadaPostConnector({
    send,
    customer: live.customer,
    mode: live.mode,
    accountId: live.accountId,
    refundEmail: live.refundEmail,
    locale: options.locale,
    ...(groupId ? { groupId: (request) => groupId(request.label) } : {}),
  });
}

/** Every connector the business rates with now, the first being the one it books pickups and finds offices with. */
export async function connectorsFor(ctx: TenantContext, options: ConnectorOptions = {}): Promise<CarrierConnector[]> {
  return connectorsWith(ctx, await currentCanadaPost(ctx), options);
}

/**
 * The same, for a business row its caller read with `accountSelect()` in its own statement (the
 * quick quote: one read instead of two on every quote).
 */
export function connectorsOf(ctx: TenantContext, business: Parameters<typeof canadaPostOf>[0], options: ConnectorOptions = {}): CarrierConnector[] {
  return connectorsWith(ctx, canadaPostOf(business), options);
}

function connectorsWith(ctx: TenantContext, live: LiveCanadaPost | null, options: ConnectorOptions): CarrierConnector[] {
  // A test API key reaches a sandbox account, never production: otherwise the reference carrier.
  const usable = live && (live.mode === "sandbox" || !isTestMode(ctx)) ? live : null;
  return usable ? [canadaPostConnector(usable, options, ctx.businessId)] : [reference(ctx, options)];
}

/** The business's connector for `carrier` (and the account that issued a shipment, booked a pickup or quoted a rate). */
export async function connectorFor(ctx: TenantContext, carrier: CarrierId, options: ConnectorOptions = {}): Promise<CarrierConnector> {
  if (carrier === "reference") return reference(ctx, options);
  const live = options.accountId !== undefined ? await canadaPostById(ctx, options.accountId) : await currentCanadaPost(ctx);
  if (!live) throw new Error(`carrier ${carrier} is not connected for business ${ctx.businessId}`);
  return canadaPostConnector(live, options, ctx.businessId);
}

/** The connector a business books pickups and finds post offices with. */
export async function primaryConnector(ctx: TenantContext, options: ConnectorOptions = {}): Promise<CarrierConnector> {
  return (await connectorsFor(ctx, options))[0]!;
}

/** A carrier id as stored (rows from before carriers were recorded are the reference carrier's). */
export function carrierOf(stored: string | null | undefined): CarrierId {
  return stored === "canadapost" ? "canadapost" : "reference";
}

/**
 * "Test connection": asks Canada Post, with the business's saved account, which services it offers
 * from the business's first ship-from location; marks the account verified when it answers.
 */
export async function testCarrierAccount(ctx: TenantContext, accountId: string, locale: "en" | "fr"): Promise<CarrierResult<{ code: string; name: string }[]>> {
  const live = await canadaPostById(ctx, accountId);
  const origin = (await withTenant(ctx, (tx) => tx.location.findFirst({ where: { businessId: ctx.businessId }, orderBy: { createdAt: "asc" }, select: { postalCode: true } })))?.postalCode ?? "K1A0B1";
  const send = senderFor(live, locale, 2);
  const answer = await discoverServices(send, live.customer, { originPostalCode: origin, destinationPostalCode: origin });
  if (answer.data) await markCarrierAccountVerified(ctx, accountId);
  return answer;
}
