/**
 * The shipments of a POST /batches as the batch sheet's drafts: contacts, templates, locations and
 * post offices looked up in the key's business (an id of another business reads as unknown), the
 * member's defaults under what the shop did not say, and every row checked with the web form's
 * rules. Each problem is named by its path in the request ("shipments.3.to.postalCode") and worded
 * as the form words it.
 */
import { validateAddress } from "@/lib/addresses/validate-address";
import { draftProblemText } from "@/lib/batches/batch-view";
import { blankDraft, withContact } from "@/lib/batches/new-row";
import { postOfficeById } from "@/lib/carriers/post-offices";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { PostOffice } from "@/lib/labels/types";
import type { Defaults } from "@/lib/settings/settings";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import { draftProblems, type DraftProblem } from "@/lib/shipments/validate-draft";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { namedFieldMessage, type ApiFieldError } from "./errors";
import type { ShipmentInputValue } from "./schemas/batch";

const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "city", "province", "postalCode", "country", "phone", "email", "taxId"] as const;

/** The request's path of a draft's form field. */
export function apiParamOf(field: string): string {
  if ((ADDRESS_FIELDS as readonly string[]).includes(field)) return `to.${field}`;
  const fixed: Record<string, string> = {
    locationId: "from.locationId",
    length: "parcel.lengthMm",
    width: "parcel.widthMm",
    height: "parcel.heightMm",
    weight: "parcel.weightGrams",
    templateId: "templateId",
    serviceCode: "service",
    postOffice: "postOfficeId",
    postOfficeId: "postOfficeId",
    includeReturnLabel: "returnLabel",
    customsItems: "customs.items",
    customsOtherReason: "customs.otherReason",
    customsReason: "customs.reason",
    customsCurrency: "customs.currency",
  };
  if (fixed[field]) return fixed[field];
  const item = /^customsItems\.(\d+)\.(\w+)$/.exec(field);
  if (item) return `customs.items.${item[1]}.${item[2] === "unitValueCents" ? "unitValue" : item[2]}`;
  const notification = /^notifications\.(\d+)$/.exec(field);
  if (notification) return `notifications.${notification[1]}.email`;
  return field;
}

/** A row's problem as the API gives it: its path in the request, its code, the form's sentence naming the field. */
export function rowProblem(index: number, p: DraftProblem, locale: AppLocale): ApiFieldError {
  const code = p.key.slice(p.key.lastIndexOf(".") + 1);
  return { param: `shipments.${index}.${apiParamOf(p.field)}`, code, message: namedFieldMessage(locale, p.field, code, draftProblemText(p, locale)) };
}

interface Known {
  contacts: Map<string, Parameters<typeof withContact>[1]>;
  templates: Map<string, { lengthMm: number; widthMm: number; heightMm: number; weightGrams: number }>;
  /** The business's locations, oldest first. */
  locations: string[];
  offices: Map<string, PostOffice | null>;
}

async function lookUp(ctx: TenantContext, inputs: ShipmentInputValue[]): Promise<Known> {
  const ids = (pick: (s: ShipmentInputValue) => string | undefined) => [...new Set(inputs.map(pick).filter((id): id is string => Boolean(id)))];
  const contactIds = ids((s) => s.to.contactId);
  const templateIds = ids((s) => s.templateId);
  const [contacts, templates, locations] = await withTenant(ctx, async (tx) => [
    await tx.contact.findMany({ where: { businessId: ctx.businessId, id: { in: contactIds } } }),
    await tx.parcelTemplate.findMany({ where: { businessId: ctx.businessId, id: { in: templateIds } }, select: { id: true, lengthMm: true, widthMm: true, heightMm: true, weightGrams: true } }),
    await tx.location.findMany({ where: { businessId: ctx.businessId }, orderBy: { createdAt: "asc" }, select: { id: true } }),
  ] as const);
  const offices = new Map<string, PostOffice | null>();
  for (const id of ids((s) => s.postOfficeId)) {
    const o = await postOfficeById(ctx, id);
    offices.set(id, o ? { id: o.id, name: o.name, line1: o.line1, city: o.city, province: o.province, postalCode: o.postalCode } : null);
  }
  return { contacts: new Map(contacts.map((c) => [c.id, c])), templates: new Map(templates.map((t) => [t.id, t])), locations: locations.map((l) => l.id), offices };
}

/** The draft of one row, over the member's defaults; problems of ids that are not the business's. */
function draftOf(input: ShipmentInputValue, defaults: Defaults, known: Known, unknown: (field: string, id: string) => void): ShipmentDraft {
  let draft = blankDraft(defaults);
  const contact = input.to.contactId ? known.contacts.get(input.to.contactId) : undefined;
  if (input.to.contactId && !contact) unknown("to.contactId", input.to.contactId);
  if (contact) draft = withContact(draft, contact);
  else {
    const t = input.to;
    const typed = validateAddress({ name: t.name, company: t.company, line1: t.line1, line2: t.line2, city: t.city, province: t.province, postalCode: t.postalCode, country: t.country, phone: t.phone, email: t.email }).value;
    draft.recipient = {
      name: typed.name ?? "",
      company: typed.company ?? null,
      line1: typed.line1,
      line2: typed.line2 ?? null,
      city: typed.city,
      province: typed.province || null,
      postalCode: typed.postalCode || null,
      country: typed.country || t.country,
      phone: typed.phone ?? null,
      email: typed.email ?? null,
      taxId: t.taxId?.trim() || null,
    };
    draft.customs = t.country === "CA" ? null : { currency: "CAD", reason: "SALE_OF_GOODS", otherReason: null, invoiceNumber: null, items: [] };
  }
  if (input.from) {
    if (!known.locations.includes(input.from.locationId)) unknown("from.locationId", input.from.locationId);
    draft.locationId = input.from.locationId;
  } else if (!draft.locationId || !known.locations.includes(draft.locationId)) {
    // No default ship-from: the business's first location.
    draft.locationId = known.locations[0] ?? null;
  }
  const template = input.templateId ? known.templates.get(input.templateId) : undefined;
  if (input.templateId && !template) unknown("templateId", input.templateId);
  const parcel = input.parcel ?? template;
  if (template) draft.templateId = input.templateId!;
  if (parcel) Object.assign(draft, { lengthMm: parcel.lengthMm, widthMm: parcel.widthMm, heightMm: parcel.heightMm, weightGrams: parcel.weightGrams });
  draft.serviceCode = input.service ?? null;
  if (input.options) {
    const o = input.options;
    draft.options = { signature: o.signature, coverageCents: o.coverage, codCents: o.cod, proofOfAge: o.proofOfAge, cardForPickup: o.cardForPickup, doNotSafeDrop: o.doNotSafeDrop, leaveAtDoor: o.leaveAtDoor, deliverToPostOffice: o.deliverToPostOffice };
  }
  if (input.postOfficeId) {
    const office = known.offices.get(input.postOfficeId);
    if (!office) unknown("postOfficeId", input.postOfficeId);
    draft.postOffice = office ?? null;
  }
  if (input.reference1 !== undefined) draft.reference1 = input.reference1.trim() || null;
  if (input.reference2 !== undefined) draft.reference2 = input.reference2.trim() || null;
  if (input.notifications) draft.notifications = input.notifications.map((n) => ({ email: n.email.trim(), events: n.events }));
  if (input.customs) {
    const c = input.customs;
    draft.customs = {
      currency: c.currency,
      reason: c.reason,
      otherReason: c.otherReason?.trim() || null,
      invoiceNumber: c.invoiceNumber?.trim() || null,
      items: c.items.map((i) => ({ description: i.description.trim(), quantity: i.quantity, unitValueCents: i.unitValue, unitWeightGrams: i.unitWeightGrams, originCountry: i.originCountry, hsCode: i.hsCode?.trim() || null, sku: i.sku?.trim() || null })),
    };
  }
  if (input.items) draft.contents = input.items.map((i) => ({ description: i.description, sku: i.sku || null, quantity: i.quantity }));
  draft.includeReturnLabel = input.returnLabel;
  draft.saveContact = input.saveContact && !contact;
  return draft;
}

/** Every row as a draft, or every problem of every row (nothing is saved when there is one). */
export async function draftsOf(ctx: TenantContext, inputs: ShipmentInputValue[], defaults: Defaults, locale: AppLocale): Promise<{ drafts: ShipmentDraft[]; problems: ApiFieldError[] }> {
  const known = await lookUp(ctx, inputs);
  const problems: ApiFieldError[] = [];
  const notFound = translator(locale, "api");
  const drafts = inputs.map((input, i) => {
    const idProblems = new Set<string>();
    const draft = draftOf(input, defaults, known, (field, id) => {
      idProblems.add(field);
      problems.push({ param: `shipments.${i}.${field}`, code: "notFound", message: notFound("errors.notFound", { id }) });
    });
    // An unknown id already says what is wrong with what it stands for (the address of a contact, the sizes of a template).
    const covered = (param: string) =>
      idProblems.has(param) || (idProblems.has("to.contactId") && param.startsWith("to.")) || (idProblems.has("templateId") && param.startsWith("parcel."));
    for (const p of draftProblems(draft, { hasLocation: draft.locationId !== null })) {
      const problem = rowProblem(i, p, locale);
      if (!covered(problem.param.slice(`shipments.${i}.`.length))) problems.push(problem);
    }
    return draft;
  });
  return { drafts, problems };
}
