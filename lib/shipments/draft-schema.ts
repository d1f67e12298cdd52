/**
 * A batch row as the sheet sends it (form fields, all strings) -> a ShipmentDraft. Lenient on
 * purpose: a draft is saved as it is typed, so an incomplete row is kept; only text that cannot be
 * a value at all (letters in a weight) is reported here. The full check is validate-draft.ts.
 */
import { z } from "zod";
import { lengthToMm, weightToGrams } from "@/lib/rating/measures";
import { MAX_CUSTOMS_ITEMS, MAX_NOTIFICATIONS, NOTIFICATION_EVENTS, type Notification, type ShipmentDraft } from "./draft";
import type { CustomsItem, ExportReason } from "@/lib/labels/types";

const EXPORT_REASONS = ["DOCUMENT", "COMMERCIAL_SAMPLE", "REPAIR_OR_WARRANTY", "SALE_OF_GOODS", "OTHER"] as const satisfies readonly ExportReason[];

const text = (max: number) => z.string().max(max * 4, "tooLong").optional().default("").transform((v) => v.trim());
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");
const nullable = (v: string) => (v === "" ? null : v);

export const draftFieldsSchema = z.object({
  locationId: text(64),
  contactId: text(64),
  saveContact: checkbox,
  name: text(44),
  company: text(44),
  line1: text(44),
  line2: text(44),
  city: text(40),
  province: text(40),
  postalCode: text(14),
  country: text(2),
  phone: text(25),
  email: text(60),
  taxId: text(35),
  templateId: text(64),
  units: z.enum(["METRIC", "IMPERIAL"]).optional().default("METRIC"),
  length: text(12),
  width: text(12),
  height: text(12),
  weight: text(12),
  serviceCode: text(20),
  signature: checkbox,
  coverage: text(12),
  cod: text(12),
  proofOfAge: z.enum(["", "18", "19"]).optional().default(""),
  cardForPickup: checkbox,
  doNotSafeDrop: checkbox,
  leaveAtDoor: checkbox,
  deliverToPostOffice: checkbox,
  reference1: text(35),
  reference2: text(35),
  notifications: text(4000),
  customsCurrency: z.enum(["", "CAD", "USD"]).optional().default(""),
  customsReason: z.enum(["", ...EXPORT_REASONS]).optional().default(""),
  customsOtherReason: text(44),
  customsInvoiceNumber: text(35),
  customsItems: text(20_000),
  includeReturnLabel: checkbox,
  /** Deliver to Post Office: the office's id from the carrier (resolved on the server). */
  postOfficeId: text(40),
});

export type DraftFields = z.output<typeof draftFieldsSchema>;

/** The names of a row's fields, as the sheet sends them. */
export const DRAFT_FIELD_NAMES: ReadonlySet<string> = new Set(Object.keys(draftFieldsSchema.shape));

/** Problems found while reading the fields: the field and a key under `validation`. */
export type TypingErrors = Record<string, string>;

function number(raw: string, field: string, errors: TypingErrors): number | null {
  if (raw === "") return null;
  const n = Number(raw.replace(",", "."));
  if (!Number.isFinite(n)) {
    errors[field] = "notANumber";
    return null;
  }
  if (n <= 0) {
    errors[field] = "mustBePositive";
    return null;
  }
  return n;
}

function money(raw: string, field: string, errors: TypingErrors): number {
  if (raw === "") return 0;
  const n = Number(raw.replace(/\s/g, "").replace(",", ".").replace(/^\$/, ""));
  if (!Number.isFinite(n) || n < 0) {
    errors[field] = "notANumber";
    return 0;
  }
  return Math.round(n * 100);
}

function json<T>(raw: string, field: string, errors: TypingErrors, fallback: T): T {
  if (raw === "") return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    errors[field] = "invalid";
    return fallback;
  }
}

function notificationsFrom(raw: string, errors: TypingErrors): Notification[] {
  const list = json<unknown>(raw, "notifications", errors, []);
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_NOTIFICATIONS + 1).flatMap((n): Notification[] => {
    if (!n || typeof n !== "object") return [];
    const email = String((n as { email?: unknown }).email ?? "").trim().toLowerCase().slice(0, 60);
    const events = Array.isArray((n as { events?: unknown }).events) ? (n as { events: unknown[] }).events : [];
    return email ? [{ email, events: NOTIFICATION_EVENTS.filter((e) => events.includes(e)) }] : [];
  });
}

function itemsFrom(raw: string, errors: TypingErrors): CustomsItem[] {
  const list = json<unknown>(raw, "customsItems", errors, []);
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_CUSTOMS_ITEMS + 1).map((i: Record<string, unknown>) => ({
    description: String(i?.description ?? "").trim().slice(0, 45),
    quantity: Math.max(0, Math.round(Number(i?.quantity) || 0)),
    unitValueCents: Math.max(0, Math.round(Number(i?.unitValueCents) || 0)),
    unitWeightGrams: Math.max(0, Math.round(Number(i?.unitWeightGrams) || 0)),
    hsCode: String(i?.hsCode ?? "").replace(/[\s.]/g, "").slice(0, 12) || null,
    originCountry: String(i?.originCountry ?? "").trim().toUpperCase().slice(0, 2),
    sku: String(i?.sku ?? "").trim().slice(0, 15) || null,
  }));
}

/** The draft the fields describe, and what could not be read. */
export function draftFromFields(f: DraftFields): { draft: ShipmentDraft; errors: TypingErrors } {
  const errors: TypingErrors = {};
  const len = (raw: string, field: string) => {
    const n = number(raw, field, errors);
    return n === null ? null : Math.max(1, lengthToMm(n, f.units));
  };
  const weight = number(f.weight, "weight", errors);
  const country = (f.country || "CA").toUpperCase();
  const draft: ShipmentDraft = {
    locationId: nullable(f.locationId),
    contactId: nullable(f.contactId),
    saveContact: f.saveContact,
    recipient: {
      name: f.name,
      company: nullable(f.company),
      line1: f.line1,
      line2: nullable(f.line2),
      city: f.city,
      province: nullable(f.province),
      postalCode: nullable(f.postalCode),
      country,
      phone: nullable(f.phone),
      email: nullable(f.email.toLowerCase()),
      taxId: nullable(f.taxId),
    },
    templateId: nullable(f.templateId),
    lengthMm: len(f.length, "length"),
    widthMm: len(f.width, "width"),
    heightMm: len(f.height, "height"),
    weightGrams: weight === null ? null : Math.max(1, weightToGrams(weight, f.units)),
    serviceCode: nullable(f.serviceCode),
    options: {
      signature: f.signature,
      coverageCents: money(f.coverage, "coverage", errors),
      codCents: money(f.cod, "cod", errors),
      proofOfAge: f.proofOfAge === "18" ? 18 : f.proofOfAge === "19" ? 19 : null,
      cardForPickup: f.cardForPickup,
      doNotSafeDrop: f.doNotSafeDrop,
      leaveAtDoor: f.leaveAtDoor,
      deliverToPostOffice: f.deliverToPostOffice,
    },
    postOffice: null,
    reference1: nullable(f.reference1),
    reference2: nullable(f.reference2),
    notifications: notificationsFrom(f.notifications, errors),
    customs:
      country === "CA"
        ? null
        : {
            currency: f.customsCurrency || "CAD",
            reason: f.customsReason || "SALE_OF_GOODS",
            otherReason: nullable(f.customsOtherReason),
            invoiceNumber: nullable(f.customsInvoiceNumber),
            items: itemsFrom(f.customsItems, errors),
          },
    includeReturnLabel: f.includeReturnLabel,
  };
  return { draft, errors };
}
