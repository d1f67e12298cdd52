/**
 * A batch row as the sheet sends it (form fields, all strings) -> a ShipmentDraft. A draft is saved
 * as it is typed, so an incomplete row is kept; each field is read on its own, and one that cannot
 * be taken (longer than Canada Post accepts, letters or 1e9 in a weight) gets its message and keeps
 * what was stored, while every other field is saved. The full check is validate-draft.ts.
 */
import { z } from "zod";
import type { FieldProblem } from "@/lib/errors";
import { checkbox, choice, numberText, optionalId, text } from "@/lib/forms/fields";
import { problemOfIssue } from "@/lib/forms/issues";
import { CONTENT_ITEM_LIMITS, CUSTOMS_ITEM_LIMITS, DRAFT_LIMITS } from "@/lib/forms/limits";
import { MONEY_LIMITS, readLength, readMoney, readWeight, type Reading } from "@/lib/forms/quantities";
import type { AppLocale } from "@/lib/i18n/locales";
import type { UnitSystem } from "@/lib/rating/measures";
import type { CustomsItem, ExportReason } from "@/lib/labels/types";
import { MAX_CONTENT_ITEMS, MAX_CUSTOMS_ITEMS, MAX_NOTIFICATIONS, NOTIFICATION_EVENTS, type ContentItem, type Notification, type ShipmentDraft } from "./draft";

const EXPORT_REASONS = ["DOCUMENT", "COMMERCIAL_SAMPLE", "REPAIR_OR_WARRANTY", "SALE_OF_GOODS", "OTHER"] as const satisfies readonly ExportReason[];

export const draftFieldsSchema = z.object({
  locationId: optionalId,
  contactId: optionalId,
  saveContact: checkbox,
  name: text(DRAFT_LIMITS.name),
  company: text(DRAFT_LIMITS.company),
  line1: text(DRAFT_LIMITS.line1),
  line2: text(DRAFT_LIMITS.line2),
  city: text(DRAFT_LIMITS.city),
  province: text(DRAFT_LIMITS.province),
  postalCode: text(DRAFT_LIMITS.postalCode),
  country: text(DRAFT_LIMITS.country),
  phone: text(DRAFT_LIMITS.phone),
  email: text(DRAFT_LIMITS.email),
  taxId: text(DRAFT_LIMITS.taxId),
  templateId: optionalId,
  units: choice(["METRIC", "IMPERIAL"]).optional().default("METRIC"),
  length: numberText,
  width: numberText,
  height: numberText,
  weight: numberText,
  serviceCode: text(20),
  signature: checkbox,
  coverage: numberText,
  cod: numberText,
  proofOfAge: choice(["", "18", "19"]).optional().default(""),
  cardForPickup: checkbox,
  doNotSafeDrop: checkbox,
  leaveAtDoor: checkbox,
  deliverToPostOffice: checkbox,
  reference1: text(DRAFT_LIMITS.reference1),
  reference2: text(DRAFT_LIMITS.reference2),
  notifications: text(4_000),
  customsCurrency: choice(["", "CAD", "USD"]).optional().default(""),
  customsReason: choice(["", ...EXPORT_REASONS]).optional().default(""),
  customsOtherReason: text(DRAFT_LIMITS.customsOtherReason),
  customsInvoiceNumber: text(DRAFT_LIMITS.customsInvoiceNumber),
  customsItems: text(20_000),
  includeReturnLabel: checkbox,
  /** What the parcel holds: a JSON list of { description, sku, quantity }. */
  contents: text(20_000),
  /** Deliver to Post Office: the office's id from the carrier (resolved on the server). */
  postOfficeId: text(40),
});

export type DraftFields = z.output<typeof draftFieldsSchema>;
type FieldName = keyof DraftFields;

/** The names of a row's fields, as the sheet sends them. */
export const DRAFT_FIELD_NAMES: ReadonlySet<string> = new Set(Object.keys(draftFieldsSchema.shape));

/** What could not be taken, by field ("weight", "customsItems.0.quantity"): each problem's key is under `validation`. */
export type TypingErrors = Record<string, FieldProblem>;

const nullable = (v: string) => (v === "" ? null : v);

function mapReading<T, U>(reading: Reading<T>, map: (value: T) => U): Reading<U> {
  return reading.ok ? { ok: true, value: map(reading.value) } : reading;
}

/** The JSON of a list field; null (with its problem) when it is not a list. */
function jsonList(raw: string, field: string, errors: TypingErrors): unknown[] | null {
  if (raw === "") return [];
  try {
    const list = JSON.parse(raw) as unknown;
    if (Array.isArray(list)) return list;
  } catch {
    // reported below
  }
  errors[field] = { code: "unreadable" };
  return null;
}

const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));
/** Characters as Canada Post (and zod) count them: code points. */
const chars = (text: string) => [...text].length;

/** The delivery updates, or null when one cannot be taken (an address too long). */
function notificationsFrom(raw: string, errors: TypingErrors): Notification[] | null {
  const list = jsonList(raw, "notifications", errors);
  if (!list) return null;
  const out: Notification[] = [];
  let ok = true;
  // One more than allowed is kept, for validate-draft to say there are too many.
  list.slice(0, MAX_NOTIFICATIONS + 1).forEach((n, i) => {
    const entry = (n && typeof n === "object" ? n : {}) as { email?: unknown; events?: unknown };
    const email = str(entry.email).trim().toLowerCase();
    if (chars(email) > DRAFT_LIMITS.notificationEmail) {
      errors[`notifications.${i}`] = { code: "maxChars", values: { max: DRAFT_LIMITS.notificationEmail } };
      ok = false;
    }
    const events = Array.isArray(entry.events) ? entry.events : [];
    if (email) out.push({ email, events: NOTIFICATION_EVENTS.filter((e) => events.includes(e)) });
  });
  return ok ? out : null;
}

/** A whole number of a customs item (its quantity, cents, grams) from 0 to max. */
function itemNumber(value: unknown, max: number): Reading<number> {
  const n = value === undefined || value === null || value === "" ? 0 : typeof value === "number" ? value : NaN;
  if (!Number.isInteger(n)) return { ok: false, problem: { code: "notAWholeNumber" } };
  if (n < 0) return { ok: false, problem: { code: "mustBePositive" } };
  if (n > max) return { ok: false, problem: { code: "atMostNumber", values: { max } } };
  return { ok: true, value: n };
}

/** The customs items, or null when one of them cannot be taken (each problem next to its cell). */
function itemsFrom(raw: string, errors: TypingErrors): CustomsItem[] | null {
  const list = jsonList(raw, "customsItems", errors);
  if (!list) return null;
  const L = CUSTOMS_ITEM_LIMITS;
  let ok = true;
  const items = list.slice(0, MAX_CUSTOMS_ITEMS + 1).map((i, n): CustomsItem => {
    const item = (i && typeof i === "object" ? i : {}) as Record<string, unknown>;
    const textOf = (f: "description" | "sku" | "hsCode" | "originCountry", value: string) => {
      if (chars(value) <= L[f]) return value;
      errors[`customsItems.${n}.${f}`] = { code: "maxChars", values: { max: L[f] } };
      ok = false;
      return "";
    };
    const numberOf = (f: "quantity" | "unitValueCents" | "unitWeightGrams") => {
      const read = itemNumber(item[f], L[f]);
      if (read.ok) return read.value;
      errors[`customsItems.${n}.${f}`] = read.problem;
      ok = false;
      return 0;
    };
    return {
      description: textOf("description", str(item.description).trim()),
      quantity: numberOf("quantity"),
      unitValueCents: numberOf("unitValueCents"),
      unitWeightGrams: numberOf("unitWeightGrams"),
      hsCode: textOf("hsCode", str(item.hsCode).replace(/[\s.]/g, "")) || null,
      originCountry: textOf("originCountry", str(item.originCountry).trim().toUpperCase()),
      sku: textOf("sku", str(item.sku).trim()) || null,
    };
  });
  return ok ? items : null;
}

/**
 * What the parcel holds, or null when a line cannot be taken (each problem next to its cell). A line
 * without a description is dropped; a quantity is a whole number from 1 (1 when left empty).
 */
function contentsFrom(raw: string, errors: TypingErrors): ContentItem[] | null {
  const list = jsonList(raw, "contents", errors);
  if (!list) return null;
  const L = CONTENT_ITEM_LIMITS;
  if (list.length > MAX_CONTENT_ITEMS) {
    errors.contents = { code: "tooManyContentItems", values: { max: MAX_CONTENT_ITEMS } };
    return null;
  }
  let ok = true;
  const items = list.map((i, n): ContentItem => {
    const item = (i && typeof i === "object" ? i : {}) as Record<string, unknown>;
    const textOf = (f: "description" | "sku", value: string) => {
      if (chars(value) <= L[f]) return value;
      errors[`contents.${n}.${f}`] = { code: "maxChars", values: { max: L[f] } };
      ok = false;
      return "";
    };
    const raw = item.quantity === undefined || item.quantity === null || item.quantity === "" ? 1 : item.quantity;
    const read = itemNumber(typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw, L.quantity);
    let quantity = 1;
    if (!read.ok) {
      errors[`contents.${n}.quantity`] = read.problem;
      ok = false;
    } else if (read.value < 1) {
      errors[`contents.${n}.quantity`] = { code: "mustBePositive" };
      ok = false;
    } else quantity = read.value;
    return { description: textOf("description", str(item.description).trim()), sku: textOf("sku", str(item.sku).trim()) || null, quantity };
  });
  return ok ? items.filter((item) => item.description !== "") : null;
}

const CUSTOMS_DEFAULT: NonNullable<ShipmentDraft["customs"]> = { currency: "CAD", reason: "SALE_OF_GOODS", otherReason: null, invoiceNumber: null, items: [] };

/**
 * The typed fields over a stored draft (or a blank one): each field read on its own, in the member's
 * units and language. A field that cannot be taken keeps the draft's value and is reported; every
 * other one is taken. Fields not typed keep the draft's exact values (millimetres, grams). Pure.
 */
export function applyTypedFields(base: ShipmentDraft, typed: Partial<Record<string, string>>, units: UnitSystem, locale: AppLocale): { draft: ShipmentDraft; errors: TypingErrors } {
  const errors: TypingErrors = {};
  const f: Partial<DraftFields> = {};
  for (const [name, raw] of Object.entries(typed)) {
    if (!DRAFT_FIELD_NAMES.has(name) || name === "units" || raw === undefined) continue;
    const parsed = draftFieldsSchema.shape[name as FieldName].safeParse(raw);
    if (parsed.success) (f as Record<string, unknown>)[name] = parsed.data;
    else errors[name] = problemOfIssue(parsed.error.issues[0]!);
  }
  // A number typed: its value (null when emptied), or the stored one and the problem.
  const take = <T>(field: FieldName, stored: T, read: (raw: string) => Reading<T>): T => {
    const raw = f[field];
    if (typeof raw !== "string") return stored;
    const reading = read(raw);
    if (reading.ok) return reading.value;
    errors[field] = reading.problem;
    return stored;
  };
  const size = (field: "length" | "width" | "height", stored: number | null) => take(field, stored, (raw) => readLength(raw, units, locale));
  const money = (field: "coverage" | "cod", stored: number, max: number) => take(field, stored, (raw) => mapReading(readMoney(raw, locale, max), (cents) => cents ?? 0));
  const or = <T>(value: T | undefined, stored: T) => (value === undefined ? stored : value);

  const r = base.recipient;
  const country = f.country === undefined ? r.country : f.country.toUpperCase() || "CA";
  const notifications = f.notifications === undefined ? null : notificationsFrom(f.notifications, errors);
  const items = f.customsItems === undefined ? null : itemsFrom(f.customsItems, errors);
  const contents = f.contents === undefined ? null : contentsFrom(f.contents, errors);
  const storedCustoms = base.customs ?? CUSTOMS_DEFAULT;
  const o = base.options;
  const draft: ShipmentDraft = {
    ...base,
    locationId: f.locationId === undefined ? base.locationId : nullable(f.locationId),
    contactId: f.contactId === undefined ? base.contactId : nullable(f.contactId),
    saveContact: or(f.saveContact, base.saveContact),
    recipient: {
      name: or(f.name, r.name),
      company: f.company === undefined ? r.company : nullable(f.company),
      line1: or(f.line1, r.line1),
      line2: f.line2 === undefined ? r.line2 : nullable(f.line2),
      city: or(f.city, r.city),
      province: f.province === undefined ? r.province : nullable(f.province),
      postalCode: f.postalCode === undefined ? r.postalCode : nullable(f.postalCode),
      country,
      phone: f.phone === undefined ? r.phone : nullable(f.phone),
      email: f.email === undefined ? r.email : nullable(f.email.toLowerCase()),
      taxId: f.taxId === undefined ? r.taxId : nullable(f.taxId),
    },
    templateId: f.templateId === undefined ? base.templateId : nullable(f.templateId),
    lengthMm: size("length", base.lengthMm),
    widthMm: size("width", base.widthMm),
    heightMm: size("height", base.heightMm),
    weightGrams: take("weight", base.weightGrams, (raw) => readWeight(raw, units, locale)),
    serviceCode: f.serviceCode === undefined ? base.serviceCode : nullable(f.serviceCode),
    options: {
      signature: or(f.signature, o.signature),
      coverageCents: money("coverage", o.coverageCents, MONEY_LIMITS.coverageCents),
      codCents: money("cod", o.codCents, MONEY_LIMITS.codCents),
      proofOfAge: f.proofOfAge === undefined ? o.proofOfAge : f.proofOfAge === "18" ? 18 : f.proofOfAge === "19" ? 19 : null,
      cardForPickup: or(f.cardForPickup, o.cardForPickup),
      doNotSafeDrop: or(f.doNotSafeDrop, o.doNotSafeDrop),
      leaveAtDoor: or(f.leaveAtDoor, o.leaveAtDoor),
      deliverToPostOffice: or(f.deliverToPostOffice, o.deliverToPostOffice),
    },
    reference1: f.reference1 === undefined ? base.reference1 : nullable(f.reference1),
    reference2: f.reference2 === undefined ? base.reference2 : nullable(f.reference2),
    notifications: notifications ?? base.notifications,
    customs:
      country === "CA"
        ? null
        : {
            currency: f.customsCurrency || storedCustoms.currency,
            reason: f.customsReason || storedCustoms.reason,
            otherReason: f.customsOtherReason === undefined ? (storedCustoms.otherReason ?? null) : nullable(f.customsOtherReason),
            invoiceNumber: f.customsInvoiceNumber === undefined ? (storedCustoms.invoiceNumber ?? null) : nullable(f.customsInvoiceNumber),
            items: items ?? storedCustoms.items,
          },
    includeReturnLabel: or(f.includeReturnLabel, base.includeReturnLabel),
    contents: contents ?? base.contents,
  };
  return { draft, errors };
}
