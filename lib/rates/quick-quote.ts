/**
 * The quick quote of a business: every service from one of its locations (or a postal code) to a
 * postal code or a country, through its carriers. Tenant-scoped: a location or template id that
 * arrives in the input is looked up inside the business only.
 */
import { fsaInfo, normalizeCanadianPostalCode, normalizeZipCode, zipRegion } from "@/lib/addresses/postal-codes";
import { rateWithConnectors, type FanOutResult } from "@/lib/carriers/rate";
import { accountSelect, connectorsOf } from "@/lib/carriers/registry";
import { FieldsError } from "@/lib/errors";
import { addDays, wallClock } from "@/lib/rating/calendar";
import { postalCodeTimeZone } from "@/lib/rating/places";
import { priceListFor, type CustomerType, type PriceList } from "@/lib/rating/price-lists";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
import type { QuickQuoteInput } from "./quick-quote-schema";

/** How far ahead a mailing date may be. */
export const MAX_DAYS_AHEAD = 30;

export interface QuickQuoteResult extends FanOutResult {
  priceList: Pick<PriceList, "id" | "name" | "effectiveFrom"> | null;
  originPostalCode: string;
  mailingDay: string;
  parcel: { weightGrams: number; lengthMm: number; widthMm: number; heightMm: number };
}

type Problems = Record<string, { code: string; values?: Record<string, string> }>;

/**
 * The destination as it will be rated: a Canadian postal code must be whole (a quote for "V6B"
 * would price a place nobody can ship to) and exist; a US ZIP, when typed, must have its five
 * digits and belong to the chosen state.
 */
function checkDestination(destination: QuickQuoteInput["destination"], problems: Problems): QuickQuoteInput["destination"] {
  const typed = destination.postalCode;
  if (destination.country === "CA" && typed) {
    const postalCode = normalizeCanadianPostalCode(typed);
    if (!postalCode) problems.postalCode = { code: "postalCodeIncomplete" };
    else if (!fsaInfo(postalCode)) problems.postalCode = { code: "postalCodeUnknownFsa", values: { fsa: postalCode.slice(0, 3) } };
    return { ...destination, postalCode };
  }
  if (destination.country === "US" && typed) {
    const zip = normalizeZipCode(typed);
    const zipState = zip && zipRegion(zip);
    if (!zip) problems.postalCode = { code: "zipIncomplete" };
    else if (zipState && destination.state && zipState !== destination.state) problems.postalCode = { code: "zipStateMismatch", values: { zip, zipState, state: destination.state } };
    return { ...destination, postalCode: zip };
  }
  return destination;
}

const CUSTOMER_TYPE: Record<"CONSUMER" | "SMALL_BUSINESS", CustomerType> = { CONSUMER: "consumer", SMALL_BUSINESS: "small_business" };

/** What a quote reads of the business: its price list type, the location and template named, its carrier account. */
function readQuoteContext(ctx: TenantContext, input: Pick<QuickQuoteInput, "from" | "templateId">) {
  // One read (readInTenant, no application code inside its transaction): the location and template
  // are looked up inside the business only.
  return readInTenant(ctx, (db) =>
    db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: {
        priceListType: true,
        locations: { where: { id: input.from || "-" }, select: { postalCode: true }, take: 1 },
        parcelTemplates: { where: { id: input.templateId || "-" }, select: { lengthMm: true, widthMm: true, heightMm: true, weightGrams: true }, take: 1 },
        ...accountSelect(),
      },
    }),
  );
}

export type QuoteContext = Awaited<ReturnType<typeof readQuoteContext>>;

/** A short-lived store of quote contexts (the rates endpoint's): at most as old as the caller allows. */
export interface QuoteContextCache {
  get(key: string): QuoteContext | undefined;
  set(key: string, value: QuoteContext): void;
}

export interface QuickQuoteOptions {
  /** Reuse the business's context between quotes (the web services' checkout call). */
  contexts?: QuoteContextCache;
}

export async function quickQuote(ctx: TenantContext, input: QuickQuoteInput, now = new Date(), options: QuickQuoteOptions = {}): Promise<QuickQuoteResult> {
  const key = `${ctx.businessId}:${input.from}:${input.templateId ?? ""}`;
  let business = options.contexts?.get(key);
  if (!business) {
    business = await readQuoteContext(ctx, input);
    options.contexts?.set(key, business);
  }
  const loaded = { business, location: input.from ? (business.locations[0] ?? null) : null, template: input.templateId ? (business.parcelTemplates[0] ?? null) : null };

  const problems: Problems = {};
  if (input.from && !loaded.location) problems.from = { code: "locationNotFound" };
  if (input.templateId && !loaded.template) problems.template = { code: "templateNotFound" };
  const originPostalCode = loaded.location?.postalCode ?? normalizeCanadianPostalCode(input.fromPostalCode);
  if (!input.from && !originPostalCode) problems.fromPostalCode = { code: "postalCodeInvalid" };
  const destination = checkDestination(input.destination, problems);

  const p = input.parcel;
  const t = loaded.template;
  const parcel = {
    lengthMm: p.lengthMm ?? t?.lengthMm ?? 0,
    widthMm: p.widthMm ?? t?.widthMm ?? 0,
    heightMm: p.heightMm ?? t?.heightMm ?? 0,
    weightGrams: p.weightGrams ?? t?.weightGrams ?? 0,
  };

  const timeZone = originPostalCode ? postalCodeTimeZone(originPostalCode) : null;
  const today = wallClock(now, timeZone ?? "America/Toronto").date;
  const mailingDay = input.shipDate ?? today;
  if (mailingDay < today) problems.shipDate = { code: "shipDateInPast" };
  else if (mailingDay > addDays(today, MAX_DAYS_AHEAD)) problems.shipDate = { code: "shipDateTooFar", values: { days: String(MAX_DAYS_AHEAD) } };
  if (Object.keys(problems).length > 0) throw new FieldsError("rates.errors", problems);

  const customerType = CUSTOMER_TYPE[loaded.business.priceListType];
  const list = priceListFor(customerType, mailingDay);
  // Today: rated as of now (the cut-off applies); a later day: as handed in that morning.
  const mailedAt = mailingDay === today ? now : `${mailingDay}T08:00`;
  const fanOut = await rateWithConnectors(connectorsOf(ctx, loaded.business), {
    customerType,
    originPostalCode: originPostalCode!,
    destination,
    parcel,
    options: input.options,
    mailedAt,
  });
  return {
    ...fanOut,
    // The published price list applies to the reference carrier's prices (Canada Post answers with its own).
    priceList: list && fanOut.results.every((r) => r.carrier === "reference") ? { id: list.id, name: list.name, effectiveFrom: list.effectiveFrom } : null,
    originPostalCode: originPostalCode!,
    mailingDay,
    parcel,
  };
}
