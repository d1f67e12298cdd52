/**
 * Making a return: a row (number "R-XXXXXX", unique per business), then a return label asked of the
 * carrier that issued the shipment (its own connector and account), stored with the row (drawn
 * labels as LabelData, a carrier's PDF as is), a secret link for the customer (only its SHA-256 is
 * kept) and the customer's email queued through the outbox. Paid when used: nothing is charged
 * here (lib/returns/scan.ts charges at the carrier's first scan).
 *
 * requestReturn records a request waiting for the business's approval (no label yet): the customer
 * is told it was received, the business's notification addresses that it waits for approval;
 * issueRequestedReturn later issues its label the same way (lib/returns/decide.ts approves it).
 */
import crypto from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { connectorFor, carrierOf } from "@/lib/carriers/registry";
import { Prisma } from "@/lib/db/generated/client";
import type { ReturnPayer } from "@/lib/db/generated/enums";
import { recordEmails } from "@/lib/email/outbox";
import { AppError, FieldsError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { returnLabelOf } from "@/lib/labels/return-label";
import { isoDateInCanada } from "@/lib/rating/price-lists/registry";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { checkChosenItems, returnableItems, type ReturnItem } from "./items";
import type { ReturnLabelSnapshot } from "./label-snapshot";
import { recordRequestEmails } from "./request-emails";
import { returnReasons } from "./reasons";

export const NOTE_MAX = 500;
const NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export interface ReturnInput {
  shipmentId: string;
  /** The items returned (empty: the whole parcel). */
  items?: ReturnItem[];
  reason: string;
  note?: string | null;
  /** Where the label is emailed (default: the shipment's recipient email; blank: no email). */
  customerEmail?: string | null;
  locale?: AppLocale;
  source: "business" | "customer" | "api";
  /** Default: the business's setting. */
  payer?: ReturnPayer;
  /** false: the customer's email is kept but the label is not emailed (the caller sends it). Default true. */
  sendEmail?: boolean;
  now?: Date;
}

export interface IssuedReturn {
  id: string;
  number: string;
  trackingNumber: string;
  estimatedCents: number;
  /** The secret of the customer's link (/returns/<slug>/label/<token>): shown once, never stored. */
  token: string;
}

export const hashReturnToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

function returnNumber(): string {
  const bytes = crypto.randomBytes(6);
  return `R-${[...bytes].map((b) => NUMBER_ALPHABET[b % NUMBER_ALPHABET.length]).join("")}`;
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

const returnable = { status: "LABELLED" as const, voidedAt: null, labelData: { not: Prisma.AnyNull } };

/** The checked input and the shipment it returns. */
async function prepare(ctx: TenantContext, input: ReturnInput) {
  const found = await withTenant(ctx, async (tx) => ({
    shipment: await tx.shipment.findFirst({
      where: { id: input.shipmentId, businessId: ctx.businessId, ...returnable },
      select: { id: true, items: true, customs: true, recipientEmail: true, recipientCountry: true },
    }),
    settings: await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { returnReasons: true, returnPayer: true, locale: true } }),
  }));
  if (!found.shipment) throw new AppError("notFound", `shipment ${input.shipmentId} cannot be returned`);
  const problems: Record<string, { code: string; values?: Record<string, number> }> = {};
  if (!returnReasons(found.settings, "en").some((r) => r.code === input.reason)) problems.reason = { code: "reasonUnknown" };
  const items = checkChosenItems(returnableItems(found.shipment), input.items ?? []);
  if (!items) problems.items = { code: "itemsInvalid" };
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX) problems.note = { code: "noteTooLong", values: { max: NOTE_MAX } };
  const email = input.customerEmail === undefined ? found.shipment.recipientEmail : input.customerEmail?.trim() || null;
  if (email && (email.length > 254 || !z.email().safeParse(email).success)) problems.customerEmail = { code: "emailInvalid" };
  if (Object.keys(problems).length) throw new FieldsError("returns.errors", problems);
  return {
    items: items ?? [],
    note,
    email: email?.toLowerCase() ?? null,
    payer: input.payer ?? found.settings?.returnPayer ?? "BUSINESS",
    locale: input.locale ?? found.settings?.locale ?? "en",
  };
}

/** Creates the row under a fresh number (another draw if the business already has it); `notify` queues the request's emails with it. */
async function createRow(ctx: TenantContext, data: Omit<Prisma.ReturnUncheckedCreateInput, "number" | "businessId">, notify: boolean): Promise<{ id: string; number: string }> {
  for (let attempt = 0; ; attempt++) {
    const number = returnNumber();
    try {
      return await withTenant(ctx, async (tx) => {
        const row = await tx.return.create({ data: { ...data, number, businessId: ctx.businessId }, select: { id: true, number: true, shipment: { select: { trackingNumber: true } } } });
        await recordAudit(tx, ctx, { action: "return.requested", entityType: "return", entityId: row.id, details: { number, shipmentId: data.shipmentId, trackingNumber: row.shipment.trackingNumber ?? "" } });
        if (notify) await recordRequestEmails(tx, ctx.businessId, { id: row.id, shipmentId: data.shipmentId, customerEmail: data.customerEmail ?? null, locale: data.locale ?? "en" });
        return { id: row.id, number: row.number };
      });
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 5) throw e;
    }
  }
}

/** Records a return waiting for the business's approval (no label yet) and queues the request's emails. */
export async function requestReturn(ctx: TenantContext, input: ReturnInput): Promise<{ id: string; number: string }> {
  return recordRequest(ctx, input, true);
}

async function recordRequest(ctx: TenantContext, input: ReturnInput, notify: boolean): Promise<{ id: string; number: string }> {
  const checked = await prepare(ctx, input);
  return createRow(ctx, {
      shipmentId: input.shipmentId,
      status: "REQUESTED",
      source: input.source,
      reason: input.reason,
      note: checked.note,
      items: checked.items as unknown as Prisma.InputJsonValue,
      customerEmail: checked.email,
      locale: checked.locale,
      payer: checked.payer,
      requestedAt: input.now ?? new Date(),
      createdById: ctx.userId,
  }, notify);
}

/** Makes a return and issues its label at once (the business, the API, or a customer when no approval is needed). */
export async function issueReturn(ctx: TenantContext, input: ReturnInput): Promise<IssuedReturn> {
  const requested = await recordRequest(ctx, input, false);
  try {
    return await issueRequestedReturn(ctx, requested.id, input.now, { sendEmail: input.sendEmail });
  } catch (e) {
    // No label: no return (the row and its audit line go; the refusal is the answer).
    await withTenant(ctx, (tx) => tx.return.deleteMany({ where: { id: requested.id, businessId: ctx.businessId, status: "REQUESTED" } }));
    throw e;
  }
}

/** The carrier's refusal as the user's sentence (a rating problem code, or its own words). */
function refusal(messages: { problem: { code: string; values?: Readonly<Record<string, string | number>> }; detail?: string }[]): FieldsError {
  const first = messages[0];
  if (first) return new FieldsError("rating.problems", { shipment: { code: first.problem.code, values: first.problem.values ? { ...first.problem.values } : undefined } });
  return new FieldsError("returns.errors", { shipment: { code: "carrierRefused", values: { text: "?" } } });
}

/**
 * Issues the label of a REQUESTED return, emails the customer (unless `sendEmail` is false), and
 * returns its link's secret. With
 * `approval`, it is the business's decision on a customer's request: decidedAt and decidedById are
 * set and "return.approved" audited in the same transaction. Only one caller moves the row out of
 * REQUESTED (the others get the "notRequested" problem).
 */
export async function issueRequestedReturn(ctx: TenantContext, returnId: string, now = new Date(), options: { sendEmail?: boolean; approval?: boolean } = {}): Promise<IssuedReturn> {
  const row = await withTenant(ctx, async (tx) =>
    tx.return.findFirst({
      where: { id: returnId, businessId: ctx.businessId },
      select: {
        id: true,
        number: true,
        status: true,
        locale: true,
        customerEmail: true,
        shipment: { select: { id: true, trackingNumber: true, status: true, voidedAt: true, labelData: true, carrier: true, carrierAccountId: true, carrierMode: true } },
        business: { select: { priceListType: true } },
      },
    }),
  );
  if (!row) throw new AppError("notFound", `return ${returnId}`);
  if (row.status !== "REQUESTED") throw new FieldsError("returns.errors", { status: { code: "notRequested" } });
  const snapshot = row.shipment.labelData as LabelSnapshot | null;
  if (!snapshot || row.shipment.status !== "LABELLED" || row.shipment.voidedAt) throw new FieldsError("returns.errors", { shipment: { code: "shipmentNotReturnable" } });

  const carrier = carrierOf(row.shipment.carrier);
  const connector = await connectorFor(ctx, carrier, { accountId: row.shipment.carrierAccountId, locale: row.locale, now });
  if (!connector.createReturnLabel) throw new FieldsError("returns.errors", { shipment: { code: "carrierNoReturns" } });
  // The parcel and service as sent, from the customer back to the ship-from location.
  const { trackingNumber: _unused, ...label } = returnLabelOf(snapshot.label, "");
  void _unused;
  const issued = await connector.createReturnLabel({
    reference: row.id,
    label: { ...label, reference1: row.number, reference2: snapshot.label.reference1 ?? null, mailingDate: isoDateInCanada(now), piece: null },
    format: "letter",
    locale: row.locale,
    customerType: row.business.priceListType === "CONSUMER" ? "consumer" : "small_business",
    issuedAt: now,
  });
  if (!issued.data) throw refusal(issued.messages);
  const data = issued.data;
  const stored: ReturnLabelSnapshot | null = data.label.kind === "draw" ? { label: data.label.label, expectedDeliveryDate: data.expectedDeliveryDate ?? null } : null;
  const token = crypto.randomBytes(24).toString("base64url");

  await withTenant(ctx, async (tx) => {
    const updated = await tx.return.updateMany({
      where: { id: row.id, businessId: ctx.businessId, status: "REQUESTED" },
      data: {
        status: "ISSUED",
        carrier: connector.id,
        carrierShipmentId: data.carrierShipmentId,
        carrierAccountId: row.shipment.carrierAccountId,
        carrierMode: row.shipment.carrierMode ?? connector.mode,
        serviceCode: data.label.kind === "draw" ? data.label.label.serviceCode : label.serviceCode,
        trackingNumber: data.trackingNumber,
        labelData: stored ? (stored as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
        labelPdf: data.label.kind === "pdf" ? Buffer.from(data.label.pdf) : null,
        estimatedCents: data.estimatedCents,
        accessTokenHash: hashReturnToken(token),
        issuedAt: now,
        ...(options.approval ? { decidedAt: now, decidedById: ctx.userId } : {}),
      },
    });
    if (updated.count !== 1) throw new FieldsError("returns.errors", { status: { code: "notRequested" } });
    if (options.approval) await recordAudit(tx, ctx, { action: "return.approved", entityType: "return", entityId: row.id, details: { number: row.number, shipmentId: row.shipment.id, trackingNumber: row.shipment.trackingNumber ?? "" } });
    await recordAudit(tx, ctx, { action: "return.issued", entityType: "return", entityId: row.id, details: { number: row.number, shipmentId: row.shipment.id, trackingNumber: row.shipment.trackingNumber ?? "", returnTrackingNumber: data.trackingNumber } });
    if (row.customerEmail && options.sendEmail !== false) {
      await recordEmails(tx, ctx.businessId, [{ kind: "RETURN", to: row.customerEmail, locale: row.locale, shipmentId: row.shipment.id, params: { returnId: row.id, token }, createdById: ctx.userId }]);
    }
  });
  return { id: row.id, number: row.number, trackingNumber: data.trackingNumber, estimatedCents: data.estimatedCents, token };
}
