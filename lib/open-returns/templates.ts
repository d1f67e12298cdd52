/**
 * Open return templates as the business manages them: made through the business's carrier
 * (its primary connector) for one of its locations, priced per use when made (quote.ts), listed
 * with their labels, and retired. Tenant-scoped; ids from input are checked against the business.
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor, primaryConnector } from "@/lib/carriers/registry";
import { capabilities, type CarrierMessage, type OpenReturnTemplateRequest } from "@/lib/carriers/types";
import { AppError, FieldsError } from "@/lib/errors";
import { openReturnLabelOf } from "@/lib/labels/open-return-label";
import { isoDateInCanada } from "@/lib/rating/price-lists";
import { serviceInfo } from "@/lib/rating/services";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { createOpenReturn, retireOpenReturn } from "./issue";
import { quoteOpenReturn } from "./quote";
import type { OpenReturnInput } from "./schemas";

/** Which form field a carrier's refusal is shown next to. */
const FIELD_OF: Record<string, string> = {
  openReturnMaxUses: "maxUses",
  openReturnDomesticOnly: "serviceCode",
  weightInvalid: "weight",
  weightOverLimit: "weight",
  dimensionsInvalid: "length",
  sideOverLimit: "length",
  lengthGirthOverLimit: "length",
  openReturnUsedUp: "count",
  openReturnRetired: "count",
};

/** The carrier's refusal as a translated sentence next to its field (`fallback` when it names none). */
export function refusalOf(messages: CarrierMessage[], fallback: string): FieldsError {
  const first = messages[0]?.problem ?? { code: "carrierFailed" as const, values: { carrier: "?" } };
  return new FieldsError("rating.problems", { [FIELD_OF[first.code] ?? fallback]: { code: first.code, values: first.values ? { ...first.values } : undefined } });
}

/** What a template will be: its label (to the location, from a blank sender), its price per use. */
async function prepare(ctx: TenantContext, input: OpenReturnInput, now: Date) {
  const found = await withTenant(ctx, async (tx) => ({
    location: await tx.location.findFirst({ where: { id: input.locationId, businessId: ctx.businessId } }),
    business: await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, priceListType: true } }),
    settings: await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { labelFormat: true, locale: true } }),
  }));
  if (!found.location) throw new FieldsError("openReturns.errors", { locationId: { code: "locationUnknown" } });
  const { location, business } = found;
  const parcel = { weightGrams: input.weightGrams, lengthMm: input.lengthMm, widthMm: input.widthMm, heightMm: input.heightMm };
  const quote = quoteOpenReturn({
    customerType: business.priceListType === "CONSUMER" ? "consumer" : "small_business",
    destinationPostalCode: location.postalCode,
    serviceCode: input.serviceCode,
    parcel,
    at: now,
  });
  if (!quote.ok) throw new FieldsError("rating.problems", { [FIELD_OF[quote.problem.code] ?? "serviceCode"]: { code: quote.problem.code, values: quote.problem.values ? { ...quote.problem.values } : undefined } });
  const service = serviceInfo(input.serviceCode)!;
  const { trackingNumber: _none, ...label } = openReturnLabelOf(
    {
      serviceCode: service.code,
      serviceName: service.name,
      sender: { name: "", line1: "", city: "", country: "CA" },
      recipient: { name: location.contactName || business.name, company: location.company || business.name, line1: location.line1, line2: location.line2, city: location.city, province: location.province, postalCode: location.postalCode, country: location.country, phone: location.phone },
      options: { signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false },
      ...parcel,
      mailingDate: isoDateInCanada(now),
    },
    "",
  );
  void _none;
  const request: OpenReturnTemplateRequest = {
    reference: location.id,
    label,
    maxUses: input.maxUses,
    format: found.settings?.labelFormat === "PDF_LETTER" ? "letter" : "thermal4x6",
    locale: found.settings?.locale ?? "en",
  };
  return { request, cents: quote.cents, location };
}

/** The price of one used label of such a template, without making it (the form's "Price per use"). */
export async function quoteOpenReturnFor(ctx: TenantContext, input: OpenReturnInput, now = new Date()): Promise<number> {
  return (await prepare(ctx, input, now)).cents;
}

/** Makes a template with the business's carrier; the refusal of the carrier is shown next to its field. */
export async function createOpenReturnFor(ctx: TenantContext, input: OpenReturnInput, now = new Date()): Promise<{ id: string; estimatedCents: number }> {
  const { request, cents, location } = await prepare(ctx, input, now);
  const connector = await primaryConnector(ctx, { now, locale: request.locale });
  if (!capabilities(connector).includes("openReturns")) throw new FieldsError("openReturns.errors", { serviceCode: { code: "carrierNoOpenReturns" } });
  return withTenant(ctx, async (tx) => {
    const made = await createOpenReturn(tx, ctx.businessId, connector, { request, locationId: location.id, estimatedCents: cents, createdById: ctx.userId });
    if (!made.ok) throw refusalOf(made.messages, "serviceCode");
    await recordAudit(tx, ctx, {
      action: "openReturn.created",
      entityType: "openReturn",
      entityId: made.data.id,
      details: { location: location.label, serviceCode: input.serviceCode, maxUses: input.maxUses, estimatedCents: cents },
    });
    return { id: made.data.id, estimatedCents: cents };
  });
}

/** Retires an active template (its carrier's too): no label is issued from it any more. Idempotent. */
export async function retireOpenReturnFor(ctx: TenantContext, openReturnId: string, now = new Date()): Promise<void> {
  const row = await withTenant(ctx, (tx) => tx.openReturn.findFirst({ where: { id: openReturnId, businessId: ctx.businessId }, select: { id: true, status: true, carrier: true, carrierAccountId: true } }));
  if (!row) throw new AppError("notFound", `open return ${openReturnId}`);
  // Retired already (a second click): nothing more to do.
  if (row.status === "RETIRED") return;
  const connector = await connectorFor(ctx, carrierOf(row.carrier), { now, accountId: row.carrierAccountId });
  await withTenant(ctx, async (tx) => {
    const done = await retireOpenReturn(tx, ctx.businessId, connector, row.id, now);
    if (!done.ok) throw refusalOf(done.messages, "openReturnId");
    await recordAudit(tx, ctx, { action: "openReturn.retired", entityType: "openReturn", entityId: row.id, details: {} });
  });
}

const TEMPLATE_SELECT = {
  id: true,
  serviceCode: true,
  weightGrams: true,
  lengthMm: true,
  widthMm: true,
  heightMm: true,
  maxUses: true,
  labelsIssued: true,
  uses: true,
  estimatedCents: true,
  status: true,
  carrierAccountId: true,
  createdAt: true,
  retiredAt: true,
  locationId: true,
} as const;

/** The business's templates, newest first, with the label each comes back to. */
export async function listOpenReturns(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.openReturn.findMany({ where: { businessId: ctx.businessId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: { ...TEMPLATE_SELECT, labelTemplate: true } });
    const ids = [...new Set(rows.flatMap((r) => (r.locationId ? [r.locationId] : [])))];
    const names = new Map((await tx.location.findMany({ where: { businessId: ctx.businessId, id: { in: ids } }, select: { id: true, label: true } })).map((l) => [l.id, l.label]));
    return rows.map(({ labelTemplate, ...row }) => ({ ...row, locationLabel: (row.locationId && names.get(row.locationId)) || null, returnTo: returnToOf(labelTemplate) }));
  });
}

/** One template and its labels (newest first). */
export async function openReturnDetail(ctx: TenantContext, openReturnId: string) {
  return withTenant(ctx, async (tx) => {
    const row = await tx.openReturn.findFirst({ where: { id: openReturnId, businessId: ctx.businessId }, select: { ...TEMPLATE_SELECT, labelTemplate: true } });
    if (!row) return null;
    const labels = await tx.openReturnLabel.findMany({
      where: { businessId: ctx.businessId, openReturnId: row.id },
      orderBy: [{ issuedAt: "desc" }, { trackingNumber: "asc" }],
      take: 1000,
      select: { id: true, trackingNumber: true, printId: true, issuedAt: true, scannedAt: true, arrivedAt: true, chargedCents: true },
    });
    const location = row.locationId ? await tx.location.findFirst({ where: { id: row.locationId, businessId: ctx.businessId }, select: { label: true } }) : null;
    const { labelTemplate, ...template } = row;
    return { ...template, locationLabel: location?.label ?? null, returnTo: returnToOf(labelTemplate), labels };
  });
}

/** The address the labels come back to, as it was printed on them. */
function returnToOf(labelTemplate: unknown): { name: string; line1: string; city: string; province: string; postalCode: string } | null {
  const recipient = (labelTemplate as Partial<OpenReturnTemplateRequest> | null)?.label?.recipient;
  if (!recipient) return null;
  return { name: recipient.company || recipient.name, line1: recipient.line1, city: recipient.city, province: recipient.province ?? "", postalCode: recipient.postalCode ?? "" };
}
