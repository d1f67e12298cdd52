/**
 * One-off pickups of a business: booked with the carrier (its rules checked first, each with its
 * own message), stored with the confirmation number and fee, the fee billed to the business
 * account, changed or cancelled until the day before, and a confirmation emailed each time.
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor, primaryConnector } from "@/lib/carriers/registry";
import type { PickupConfirmation, PickupRequest } from "@/lib/carriers/types";
import type { Tx } from "@/lib/db/client";
import { recordEmails } from "@/lib/email/outbox";
import { AppError, FieldsError, type FieldProblem } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { chargeAccount, creditAccount } from "@/lib/payments/ledger";
import { postalCodeTimeZone } from "@/lib/rating/places";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { canChangePickup, type PickupProblem } from "@/lib/carriers/pickup-rules";
import { purchaseChargesNothing } from "@/lib/purchases/test-mode";
import { emitPickupChanged } from "@/lib/webhooks/emitters";

export interface PickupInput extends Omit<PickupRequest, "address"> {
  /** A ship-from location of the business, or null with `address` typed in. */
  locationId: string | null;
  address: PickupRequest["address"] | null;
  batchId?: string | null;
}

/** A change or a cancellation goes back to the carrier the pickup was booked with. */
const bookedWith = (ctx: TenantContext, pickup: { carrier: string; carrierAccountId: string | null }) => connectorFor(ctx, carrierOf(pickup.carrier), { accountId: pickup.carrierAccountId });

function problemsError(problems: PickupProblem[]): FieldsError {
  const byField: Record<string, FieldProblem> = {};
  for (const p of problems) byField[p.field] ??= { code: p.code, values: p.values };
  return new FieldsError("pickups.problems", byField);
}

async function resolveRequest(tx: Tx, businessId: string, input: PickupInput): Promise<PickupRequest> {
  if (input.locationId) {
    const l = await tx.location.findFirst({ where: { id: input.locationId, businessId } });
    if (!l) throw new AppError("notFound", `location ${input.locationId} not in business`, "locationId");
    return { ...input, address: { company: l.company, line1: l.line1, line2: l.line2, city: l.city, province: l.province, postalCode: l.postalCode } };
  }
  if (!input.address) throw new FieldsError("pickups.problems", { postalCode: { code: "postalCodeInvalid" } });
  return { ...input, address: input.address };
}

/**
 * The fee is billed on account (the account number must be on file and the credit enough), unless
 * the pickup was booked with the business's own carrier account (the carrier bills it) or with a
 * test API key (nothing is charged).
 */
async function billFee(tx: Tx, ctx: TenantContext, pickupId: string, totalCents: number, carrierAccountId: string | null) {
  if (carrierAccountId || purchaseChargesNothing(ctx)) return;
  return chargeAccount(tx, { businessId: ctx.businessId, amountCents: totalCents, createdById: ctx.userId, link: { pickupId }, field: "parcels" });
}

/** Gives the fee back, never more than was charged for this pickup (nothing for one booked with a test key). */
async function creditFee(tx: Tx, ctx: TenantContext, pickupId: string, totalCents: number, carrierAccountId: string | null) {
  if (carrierAccountId) return;
  const entries = await tx.accountTransaction.groupBy({ by: ["type"], where: { businessId: ctx.businessId, pickupId }, _sum: { amountCents: true } });
  const sum = (type: string) => entries.find((e) => e.type === type)?._sum.amountCents ?? 0;
  const charged = sum("CHARGE") - sum("CREDIT");
  return creditAccount(tx, { businessId: ctx.businessId, type: "CREDIT", amountCents: Math.min(totalCents, charged), createdById: ctx.userId, link: { pickupId } });
}

async function queueConfirmation(tx: Tx, actor: TenantContext, pickupId: string, to: string[], locale: AppLocale, change: "booked" | "changed" | "cancelled") {
  return recordEmails(tx, actor.businessId, [...new Set(to.map((e) => e.toLowerCase()))].map((email) => ({ kind: "PICKUP" as const, to: email, locale, params: { pickupId, change }, createdById: actor.userId })));
}

async function userEmail(tx: Tx, userId: string | null): Promise<string[]> {
  const u = userId ? await tx.user.findUnique({ where: { id: userId }, select: { email: true } }) : null;
  return u ? [u.email] : [];
}

export async function bookPickup(actor: Actor, input: PickupInput, locale: AppLocale, now = new Date()): Promise<{ id: string; confirmationNumber: string }> {
  const request = await withTenant(actor, async (tx) => {
    // A batch named in the input is untrusted until found in this business.
    if (input.batchId && !(await tx.batch.findFirst({ where: { id: input.batchId, businessId: actor.businessId }, select: { id: true } }))) throw new AppError("notFound", "batch not in business");
    return resolveRequest(tx, actor.businessId, input);
  });
  const carrier = await primaryConnector(actor, { locale });
  if (!carrier.createPickup) throw new AppError("carrierUnavailable", `carrier ${carrier.id} books no pickups`);
  const booked = await carrier.createPickup(request, now);
  if (!booked.data) throw booked.problems?.length ? problemsError(booked.problems) : new AppError("generic", booked.messages[0]?.detail);
  const confirmation: PickupConfirmation = booked.data;
  try {
    const { id } = await withTenant(actor, async (tx) => {
      const pickup = await tx.pickup.create({ data: { businessId: actor.businessId, locationId: input.locationId, ...rowOf(request), ...priceOf(confirmation), confirmationNumber: confirmation.confirmationNumber, carrier: carrier.id, carrierAccountId: carrier.accountId ?? null, batchId: input.batchId ?? null, createdById: actor.userId } });
      await billFee(tx, actor, pickup.id, confirmation.totalCents, pickup.carrierAccountId);
      await recordAudit(tx, actor, { action: "pickup.booked", entityType: "Pickup", entityId: pickup.id, details: { confirmationNumber: confirmation.confirmationNumber, date: request.date } });
      await emitPickupChanged(tx, actor, pickup.id, "booked");
      await queueConfirmation(tx, actor, pickup.id, [request.contact.email, ...(await userEmail(tx, actor.userId))], locale, "booked");
      return { id: pickup.id };
    });
    return { id, confirmationNumber: confirmation.confirmationNumber };
  } catch (e) {
    // Not stored (or not billable): the carrier must not send a driver for it.
    await carrier.cancelPickup?.(confirmation.confirmationNumber, now).catch(() => undefined);
    throw e;
  }
}

function rowOf(r: PickupRequest) {
  return {
    company: r.address.company, line1: r.address.line1, line2: r.address.line2, city: r.address.city, province: r.address.province, postalCode: r.address.postalCode,
    date: r.date, readyTime: r.readyTime, closingTime: r.closingTime, location: r.location, instructions: r.instructions,
    contactName: r.contact.name, contactPhone: r.contact.phone, contactEmail: r.contact.email, parcels: r.parcels, totalWeightGrams: r.totalWeightGrams, heavy: r.heavy,
  };
}
const priceOf = (p: { feeCents: number; taxCents: number; totalCents: number }) => ({ feeCents: p.feeCents, taxCents: p.taxCents, totalCents: p.totalCents });

async function lockedPickup(tx: Tx, businessId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM "Pickup" WHERE id = ${id} AND "businessId" = ${businessId} FOR UPDATE`;
  const p = await tx.pickup.findFirst({ where: { id, businessId } });
  if (!p) throw new AppError("notFound", `pickup ${id} not in business`);
  return p;
}

function assertChangeable(p: { status: string; date: string; postalCode: string }, now: Date) {
  if (p.status !== "SCHEDULED") throw new AppError("pickupCancelled");
  if (!canChangePickup(p.date, now, postalCodeTimeZone(p.postalCode) ?? "America/Toronto")) throw new AppError("pickupTooLate");
}

export async function changePickup(actor: Actor, id: string, input: PickupInput, locale: AppLocale, now = new Date()): Promise<void> {
  const current = await withTenant(actor, (tx) => tx.pickup.findFirst({ where: { id, businessId: actor.businessId } }));
  if (!current) throw new AppError("notFound");
  assertChangeable(current, now);
  const request = await withTenant(actor, (tx) => resolveRequest(tx, actor.businessId, input));
  const updated = await (await bookedWith(actor, current)).updatePickup!(current.confirmationNumber, request, now);
  if (!updated.data) throw updated.problems?.length ? problemsError(updated.problems) : new AppError("generic", updated.messages[0]?.detail);
  const price = updated.data;
  await withTenant(actor, async (tx) => {
    const p = await lockedPickup(tx, actor.businessId, id);
    assertChangeable(p, now);
    await tx.pickup.update({ where: { id }, data: { locationId: input.locationId, ...rowOf(request), ...priceOf(price) } });
    if (price.totalCents !== p.totalCents) {
      // The fee changed with the pickup: the old one is credited, the new one billed.
      await creditFee(tx, actor, id, p.totalCents, p.carrierAccountId);
      await billFee(tx, actor, id, price.totalCents, p.carrierAccountId);
    }
    await recordAudit(tx, actor, { action: "pickup.changed", entityType: "Pickup", entityId: id, details: { confirmationNumber: p.confirmationNumber, date: request.date } });
    await emitPickupChanged(tx, actor, id, "changed");
    return queueConfirmation(tx, actor, id, [request.contact.email, ...(await userEmail(tx, actor.userId))], locale, "changed");
  });
}

export async function cancelPickup(actor: Actor, id: string, locale: AppLocale, now = new Date()): Promise<void> {
  const current = await withTenant(actor, (tx) => tx.pickup.findFirst({ where: { id, businessId: actor.businessId } }));
  if (!current) throw new AppError("notFound");
  assertChangeable(current, now);
  const cancelled = await (await bookedWith(actor, current)).cancelPickup!(current.confirmationNumber, now);
  if (!cancelled.data) throw cancelled.problems?.length ? problemsError(cancelled.problems) : new AppError("generic", cancelled.messages[0]?.detail);
  await withTenant(actor, async (tx) => {
    const p = await lockedPickup(tx, actor.businessId, id);
    if (p.status === "CANCELLED") return [];
    await tx.pickup.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: now } });
    await creditFee(tx, actor, id, p.totalCents, p.carrierAccountId);
    await recordAudit(tx, actor, { action: "pickup.cancelled", entityType: "Pickup", entityId: id, details: { confirmationNumber: p.confirmationNumber } });
    await emitPickupChanged(tx, actor, id, "cancelled");
    return queueConfirmation(tx, actor, id, [p.contactEmail, ...(await userEmail(tx, actor.userId))], locale, "cancelled");
  });
}

export async function listPickups(ctx: TenantContext) {
  return withTenant(ctx, (tx) => tx.pickup.findMany({ where: { businessId: ctx.businessId }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 200 }));
}

export async function getPickup(ctx: TenantContext, id: string) {
  return withTenant(ctx, (tx) => tx.pickup.findFirst({ where: { id, businessId: ctx.businessId } }));
}
