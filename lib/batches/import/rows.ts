/**
 * One order of a file -> the draft row it becomes in a batch. The row starts from the member's
 * defaults (ship-from, service, options, references, notification emails: blankDraft), then the
 * file's values go over it. Nothing is refused: a draft is whatever was typed, and the batch sheet
 * marks what Canada Post would not take (lib/shipments/validate-draft.ts). What the file holds but
 * cannot be read at all (letters in a weight, an unknown service) is reported as a note for the
 * preview. Pure: runs in the browser (preview) and on the server (import).
 */
import { normalizeCanadianPostalCode, normalizeZipCode, provinceCodeFrom, usStateCodeFrom } from "@/lib/addresses";
import { foldName } from "@/lib/addresses/locale";
import { countryCode, DEFAULT_COUNTRY } from "@/lib/contacts/import/mapping";
import type { FieldProblem } from "@/lib/errors";
import { parseDecimal } from "@/lib/forms/decimal";
import { parcelLimitProblem } from "@/lib/forms/quantities";
import { GRAMS_PER_POUND } from "@/lib/rating/units";
import { lengthToMm, weightToGrams, type UnitSystem } from "@/lib/rating/measures";
import { SERVICES } from "@/lib/rating/services";
import type { Defaults } from "@/lib/settings/settings";
import type { DraftProblem } from "@/lib/shipments/validate-draft";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import { blankDraft } from "../new-row";
import { ORDER_TEXT_CAPS, type OrderField, type OrderValues } from "./fields";
import { yesNo } from "./mapping";

/** Something in the file that could not be read, for one field: a message key with its namespace, like a DraftProblem. */
export type OrderNote = DraftProblem;

const cap = (field: keyof typeof ORDER_TEXT_CAPS, text: string) => text.slice(0, ORDER_TEXT_CAPS[field]);
const orNull = (text: string) => (text === "" ? null : text);

// A number with an optional unit after it: "2.5", "2,5 kg", "12 in", '12"'.
const MEASURE = /^(.*?)\s*([a-z"]*)\.?$/i;

type Measure = { ok: true; value: number | null } | { ok: false; problem: FieldProblem };

/**
 * A size in millimetres or a weight in grams, from the text of a cell: in the units chosen for the
 * import, unless the cell names its own ("500 g", "3 lb"). An empty cell is no value. The number is
 * read like a typed one (lib/forms/decimal.ts), with either a point or a comma for decimals (a
 * file does not say which language wrote it), and kept within what a parcel can be.
 */
function readMeasure(text: string, kind: "length" | "weight", units: UnitSystem): Measure {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  const [, number = "", unitText = ""] = MEASURE.exec(trimmed) ?? [];
  const parsed = parseDecimal(number, "fr");
  if (!parsed.ok) return { ok: false, problem: { code: parsed.code } };
  const n = parsed.value;
  if (n === null) return { ok: false, problem: { code: "notANumber" } };
  if (n === 0) return { ok: false, problem: { code: "mustBePositive" } };
  const unit = unitText.toLowerCase();
  let value: number | null;
  if (kind === "length") {
    if (unit === "") value = lengthToMm(n, units);
    else if (unit === "cm") value = lengthToMm(n, "METRIC");
    else if (unit === "mm") value = Math.round(n);
    else if (unit === "in" || unit === "po" || unit === '"') value = lengthToMm(n, "IMPERIAL");
    else value = null;
  } else {
    if (unit === "") value = weightToGrams(n, units);
    else if (unit === "kg") value = weightToGrams(n, "METRIC");
    else if (unit === "g") value = Math.round(n);
    else if (unit === "lb" || unit === "lbs") value = weightToGrams(n, "IMPERIAL");
    else if (unit === "oz") value = Math.round((n * GRAMS_PER_POUND) / 16);
    else value = null;
  }
  if (value === null) return { ok: false, problem: { code: "notANumber" } };
  const problem = parcelLimitProblem(kind, value, units);
  return problem ? { ok: false, problem } : { ok: true, value };
}

const SERVICE_BY_NAME = new Map<string, string>(SERVICES.flatMap((s) => [[foldName(s.code), s.code], [foldName(s.name.en), s.code], [foldName(s.name.fr), s.code]] as const));

/** A Canada Post service code from its code in any case ("dom.ep") or its name in English or French ("Expedited Parcel"); null when unknown. */
export function serviceCodeFrom(text: string): string | null {
  return SERVICE_BY_NAME.get(foldName(text)) ?? null;
}

function province(text: string, country: string): string | null {
  if (!text) return null;
  if (country === "CA") return provinceCodeFrom(text) ?? cap("province", text);
  if (country === "US") return usStateCodeFrom(text) ?? cap("province", text);
  return cap("province", text);
}

function postalCode(text: string, country: string): string | null {
  if (!text) return null;
  const normal = country === "CA" ? normalizeCanadianPostalCode(text) : country === "US" ? normalizeZipCode(text) : null;
  return normal ?? cap("postalCode", text.toUpperCase());
}

/** What an order with no country is: the business ships from Canada. */
export const ORDER_DEFAULT_COUNTRY = DEFAULT_COUNTRY;

/**
 * The draft an order's values make, and what could not be read. Texts are trimmed (already, by
 * the row reader) and cut at what the sheet can edit (ORDER_TEXT_CAPS); a Canadian postal code or
 * ZIP code is written as Canada Post writes it and a province or state named in full becomes its
 * code, when they are valid (otherwise kept as in the file, for the sheet to mark); a country is
 * a code or a name in English or French (none: Canada; an unknown one is kept, for the sheet to
 * mark). Sizes and weight are in `units` unless a cell names its own. A row outside Canada gets
 * empty customs (no items), which the user fills in the sheet.
 */
export function draftFromOrder(values: OrderValues, defaults: Defaults, units: UnitSystem): { draft: ShipmentDraft; notes: OrderNote[] } {
  const notes: OrderNote[] = [];
  const note = (field: string, key: string, value?: string) => notes.push({ field, key, ...(value !== undefined ? { values: { value: value.slice(0, 60) } } : {}) });
  const base = blankDraft(defaults);

  let country = ORDER_DEFAULT_COUNTRY;
  if (values.country) {
    const code = countryCode(values.country);
    if (code) country = code;
    else {
      country = cap("country", values.country);
      note("country", "import.rowErrors.countryUnknown", values.country);
    }
  }

  const sizes: Partial<Record<"lengthMm" | "widthMm" | "heightMm" | "weightGrams", number | null>> = {};
  for (const [field, key, kind] of [["length", "lengthMm", "length"], ["width", "widthMm", "length"], ["height", "heightMm", "length"], ["weight", "weightGrams", "weight"]] as const) {
    const read = readMeasure(values[field], kind, units);
    if (read.ok) sizes[key] = read.value;
    else notes.push({ field, key: `validation.${read.problem.code}`, ...(read.problem.values ? { values: read.problem.values } : {}) });
  }

  let serviceCode = base.serviceCode;
  if (values.serviceCode) {
    const code = serviceCodeFrom(values.serviceCode);
    if (code) serviceCode = code;
    else note("serviceCode", "orders.notes.serviceUnknown", values.serviceCode);
  }

  const options = { ...base.options };
  if (values.signature) {
    const signature = yesNo(values.signature);
    if (signature === null) note("signature", "orders.notes.signatureUnknown", values.signature);
    else options.signature = signature;
  }

  const text = (field: keyof typeof ORDER_TEXT_CAPS) => cap(field, values[field]);
  const draft: ShipmentDraft = {
    ...base,
    recipient: {
      ...base.recipient,
      name: text("name"),
      company: orNull(text("company")),
      line1: text("line1"),
      line2: orNull(text("line2")),
      city: text("city"),
      province: province(values.province, country),
      postalCode: postalCode(values.postalCode, country),
      country,
      phone: orNull(text("phone")),
      email: orNull(text("email").toLowerCase()),
    },
    lengthMm: sizes.lengthMm ?? null,
    widthMm: sizes.widthMm ?? null,
    heightMm: sizes.heightMm ?? null,
    weightGrams: sizes.weightGrams ?? null,
    serviceCode,
    options,
    // An order number in the file replaces the default reference; a row without one keeps it.
    reference1: values.reference1 ? text("reference1") : base.reference1,
    reference2: values.reference2 ? text("reference2") : base.reference2,
    customs: country === "CA" ? null : { currency: "CAD", reason: "SALE_OF_GOODS", otherReason: null, invoiceNumber: null, items: [] },
  };
  return { draft, notes };
}

/** Whether a row has nothing at all in the mapped columns. */
export function isEmptyOrder(values: OrderValues): boolean {
  return (Object.keys(values) as OrderField[]).every((f) => values[f] === "");
}
