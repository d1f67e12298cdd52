/**
 * A POST /shipments request as the draft the web app buys (lib/shipments/draft.ts), with the
 * business's ids looked up (another business's reads as missing), and the draft's problems as
 * the API's field errors, in the batch sheet's words.
 */
import { z } from "zod";
import { postOfficeById } from "@/lib/carriers/post-offices";
import { draftProblemText } from "@/lib/batches/batch-view";
import type { LabelFormat } from "@/lib/db/generated/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PostOffice } from "@/lib/labels/types";
import { effectiveDefaults } from "@/lib/settings/settings";
import { EMPTY_DRAFT, NOTIFICATION_EVENTS, type ShipmentDraft } from "@/lib/shipments/draft";
import type { DraftProblem } from "@/lib/shipments/validate-draft";
import { withTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "./actor";
import { ApiError, namedFieldMessage, type ApiFieldError } from "./errors";
import { Options } from "./endpoints/rates";
import { AddressInput } from "./schemas/address";
import { ContentItems, Id, Parcel } from "./schemas/common";

const NO_OPTIONS = { signature: false, coverage: 0, cod: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false };
const text = (max = 200) => z.string().max(max, "maxChars").optional();

export const CreateShipmentRequest = z
  .object({
    to: AddressInput.extend({
      contactId: Id.optional().meta({ description: "A contact of the address book, instead of the address fields." }),
      taxId: text(35).meta({ description: "The recipient's tax identifier (international)." }),
    }).meta({ description: "The recipient: a contact id, or an address." }),
    saveContact: z.boolean().default(false).meta({ description: "Add the recipient to the address book once bought." }),
    from: z.object({ locationId: Id.optional() }).default({}).meta({ description: "A ship-from location; the key creator's default location (else the first) unless said." }),
    parcel: Parcel.optional(),
    templateId: Id.optional().meta({ description: "A parcel template of the business (its size and weight), instead of `parcel`." }),
    service: z.string().min(1, "required").max(20, "maxChars").meta({ description: "The service code, as the rates endpoint gives it.", example: "DOM.EP" }),
    options: Options.default(NO_OPTIONS),
    postOfficeId: text(20).meta({ description: "Deliver to Post Office: the office's id (GET /post-offices)." }),
    references: z.object({ reference1: text(), reference2: text() }).default({}).meta({ description: "Printed on the label; at most 35 characters each." }),
    notifications: z
      .array(z.object({ email: z.string().max(200, "maxChars"), events: z.array(z.enum(NOTIFICATION_EVENTS)).default([...NOTIFICATION_EVENTS]) }))
      .max(50)
      .default([])
      .meta({ description: "Who Canada Post emails, and when (at most 4)." }),
    items: ContentItems.default([]),
    customs: z
      .object({
        currency: z.enum(["CAD", "USD"]).default("CAD"),
        reason: z.enum(["DOCUMENT", "COMMERCIAL_SAMPLE", "REPAIR_OR_WARRANTY", "SALE_OF_GOODS", "OTHER"]).default("SALE_OF_GOODS"),
        otherReason: text(),
        invoiceNumber: text(),
        items: z.array(
          z.object({
            description: z.string().max(200, "maxChars"),
            quantity: z.number().int().min(0).max(10_000),
            unitValueCents: z.number().int().min(0).max(10_000_000),
            unitWeightGrams: z.number().int().min(0).max(30_000),
            hsCode: text(20),
            originCountry: z.string().max(2, "maxChars").default("CA"),
            sku: text(44),
          }),
        ).max(100),
      })
      .optional()
      .meta({ description: "For the United States and other countries." }),
    includeReturnLabel: z.boolean().default(false).meta({ description: "Buy a prepaid return label with it (Canada only)." }),
    labelFormat: z.enum(["pdf_4x6", "pdf_letter"]).optional().meta({ description: "The format the label is drawn in at purchase (the other is drawn on request); the key creator's default unless said." }),
  })
  .superRefine((v, ctx) => {
    if (!v.parcel && !v.templateId) ctx.addIssue({ code: "custom", path: ["parcel"], message: "required" });
  })
  .meta({ id: "CreateShipmentRequest" });

type Request = z.output<typeof CreateShipmentRequest>;

/** The API field of a draft's problem. */
const PARAMS: Record<string, string> = {
  length: "parcel.lengthMm",
  width: "parcel.widthMm",
  height: "parcel.heightMm",
  weight: "parcel.weightGrams",
  locationId: "from.locationId",
  serviceCode: "service",
  postOffice: "postOfficeId",
  reference1: "references.reference1",
  reference2: "references.reference2",
  customsItems: "customs.items",
  customsOtherReason: "customs.otherReason",
  includeReturnLabel: "includeReturnLabel",
  options: "options",
  notifications: "notifications",
};

export function apiParamOf(field: string): string {
  if (PARAMS[field]) return PARAMS[field];
  if (field.startsWith("customsItems.")) return `customs.items.${field.slice("customsItems.".length)}`;
  if (field.startsWith("notifications.")) return `${field}.email`;
  return `to.${field}`;
}

/** The draft's problems as the API's field errors, in the batch sheet's words. */
export function draftFieldErrors(problems: DraftProblem[], locale: AppLocale): ApiFieldError[] {
  return problems.map((p) => {
    const code = p.key.slice(p.key.lastIndexOf(".") + 1);
    return { param: apiParamOf(p.field), code, message: namedFieldMessage(locale, p.field, code, draftProblemText(p, locale)) };
  });
}

const missing = (id: string, param: string) => new ApiError(404, "not_found_error", "notFound", { id }, param);

export interface BuiltDraft {
  draft: ShipmentDraft;
  hasLocation: boolean;
  labelFormat: LabelFormat;
  postOffice: PostOffice | null;
}

/** The draft of a request, its ids looked up in the key's business. */
export async function draftOfRequest(actor: ApiActor, body: Request): Promise<BuiltDraft> {
  const defaults = await effectiveDefaults(actor);
  const found = await withTenant(actor, async (tx) => {
    const where = { businessId: actor.businessId };
    const location = body.from.locationId
      ? await tx.location.findFirst({ where: { ...where, id: body.from.locationId }, select: { id: true } })
      : ((defaults.defaultLocationId ? await tx.location.findFirst({ where: { ...where, id: defaults.defaultLocationId }, select: { id: true } }) : null) ??
        (await tx.location.findFirst({ where, orderBy: { createdAt: "asc" }, select: { id: true } })));
    if (body.from.locationId && !location) throw missing(body.from.locationId, "from.locationId");
    const contact = body.to.contactId ? await tx.contact.findFirst({ where: { ...where, id: body.to.contactId } }) : null;
    if (body.to.contactId && !contact) throw missing(body.to.contactId, "to.contactId");
    const template = body.templateId ? await tx.parcelTemplate.findFirst({ where: { ...where, id: body.templateId } }) : null;
    if (body.templateId && !template) throw missing(body.templateId, "templateId");
    return { location, contact, template };
  });
  const office = body.options.deliverToPostOffice && body.postOfficeId ? await postOfficeById(actor, body.postOfficeId) : null;
  if (body.options.deliverToPostOffice && body.postOfficeId && !office) throw missing(body.postOfficeId, "postOfficeId");
  const postOffice = office ? { id: office.id, name: office.name, line1: office.line1, city: office.city, province: office.province, postalCode: office.postalCode } : null;

  const { contact, template } = found;
  const to = body.to;
  const or = (v: string | undefined) => v?.trim() || null;
  const recipient = contact
    ? { name: contact.name, company: contact.company, line1: contact.line1, line2: contact.line2, city: contact.city, province: contact.province, postalCode: contact.postalCode, country: contact.country, phone: contact.phone, email: contact.email, taxId: contact.taxId }
    : { name: to.name?.trim() ?? "", company: or(to.company), line1: to.line1?.trim() ?? "", line2: or(to.line2), city: to.city?.trim() ?? "", province: or(to.province), postalCode: or(to.postalCode), country: to.country.trim().toUpperCase(), phone: or(to.phone), email: or(to.email), taxId: or(to.taxId) };
  const size = body.parcel ?? template!;
  const o = body.options;
  const c = body.customs;
  const draft: ShipmentDraft = {
    ...EMPTY_DRAFT,
    locationId: found.location?.id ?? null,
    contactId: contact?.id ?? null,
    saveContact: !contact && body.saveContact,
    recipient,
    templateId: template?.id ?? null,
    lengthMm: size.lengthMm,
    widthMm: size.widthMm,
    heightMm: size.heightMm,
    weightGrams: size.weightGrams,
    serviceCode: body.service.trim(),
    options: { signature: o.signature, coverageCents: o.coverage, codCents: o.cod, proofOfAge: o.proofOfAge, cardForPickup: o.cardForPickup, doNotSafeDrop: o.doNotSafeDrop, leaveAtDoor: o.leaveAtDoor, deliverToPostOffice: o.deliverToPostOffice },
    postOffice,
    reference1: or(body.references.reference1),
    reference2: or(body.references.reference2),
    notifications: body.notifications.map((n) => ({ email: n.email.trim(), events: [...new Set(n.events)] })),
    customs: c
      ? {
          currency: c.currency,
          reason: c.reason,
          otherReason: or(c.otherReason),
          invoiceNumber: or(c.invoiceNumber),
          items: c.items.map((i) => ({ description: i.description.trim(), quantity: i.quantity, unitValueCents: i.unitValueCents, unitWeightGrams: i.unitWeightGrams, hsCode: or(i.hsCode), originCountry: i.originCountry.toUpperCase(), sku: or(i.sku) })),
        }
      : null,
    includeReturnLabel: body.includeReturnLabel,
    contents: body.items.map((i) => ({ description: i.description, sku: i.sku || null, quantity: i.quantity })),
  };
  const labelFormat: LabelFormat = body.labelFormat ? (body.labelFormat === "pdf_letter" ? "PDF_LETTER" : "PDF_4X6") : defaults.labelFormat;
  return { draft, hasLocation: Boolean(found.location), labelFormat, postOffice };
}
