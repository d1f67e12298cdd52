/**
 * Everything the batch page shows, loaded in one tenant-scoped read and presented in the user's
 * language: the batch, each row as its form shows it with its chosen service and problems, the
 * totals and the account's available credit. A row's other services are not part of the page
 * (50 rows of 8 quotes made it half a megabyte): its service list loads them when it opens
 * (rowServices, through batches/[id]/services).
 */
import { currentSeller, type Seller } from "@/lib/carriers/accounts/live";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { fieldLabel } from "@/lib/forms/problems";
import { balanceOf, creditTerms, ledgerSums, standingOf } from "@/lib/payments/account";
import { presentChoice, serviceName, type PresentedChoice } from "@/lib/rates/present";
import type { UnitSystem } from "@/lib/rating/measures";
import type { RatingProblem } from "@/lib/rating/problems";
import { fieldsFromDraft } from "@/lib/shipments/draft-fields";
import type { DraftProblem } from "@/lib/shipments/validate-draft";
import { tenantReader, type TenantContext } from "@/lib/tenancy/context";
import { AppError } from "@/lib/errors";
import { locationRows } from "@/lib/locations/location-rows";
import { reviewRows } from "./review";
import { storedRatings } from "./stored-ratings";
import { problemText as ratingProblemText } from "@/lib/rates/present";

export interface RowView {
  id: string;
  position: number;
  status: "DRAFT" | "LABELLED" | "VOIDED" | "VOID_REQUESTED" | "REFUSED";
  /** Why the carrier refused to sell the label (status REFUSED), in the user's language when it is one of ours. */
  refusedReason: string | null;
  /** The row's form fields, the empty ones left out (`filledFields`): read a missing one as "". */
  fields: Record<string, string>;
  /** How many services the row was priced for (its list loads them when it opens). */
  serviceCount: number;
  /** When the row was last priced: a list loaded before belongs to an older pricing. */
  ratedAt: string | null;
  chosen: PresentedChoice | null;
  /** Each problem with its field's name, so a summary reads "Weight: This field is required." (`text` alone sits next to the field). */
  problems: { field: string; label: string; text: string }[];
  trackingNumber: string | null;
  returnTrackingNumber: string | null;
}

export function draftProblemText(p: DraftProblem, locale: AppLocale): string {
  const dot = p.key.lastIndexOf(".");
  const namespace = p.key.slice(0, dot);
  const code = p.key.slice(dot + 1);
  if (namespace === "rating.problems") return ratingProblemText({ code: code as never, values: p.values }, locale);
  return translator(locale, namespace)(code, p.values as Record<string, string | number> | undefined);
}

/** A row's problem, its text and "Field: text" (once: a text that already names its field is kept). */
function problemWithField(p: DraftProblem, locale: AppLocale): { field: string; label: string; text: string } {
  const text = draftProblemText(p, locale);
  const field = fieldLabel(locale, p.field);
  const label = !field || text.startsWith(field) ? text : translator(locale, "batches")("problemOn", { field, text });
  return { field: p.field, label, text };
}

/** A refusal stored as one of our problems (JSON) reads in the user's language; a carrier's own text is shown as it came. */
function refusalText(reason: string, locale: AppLocale): string {
  if (!reason.startsWith("{")) return reason;
  try {
    return ratingProblemText(JSON.parse(reason) as RatingProblem, locale);
  } catch {
    return reason;
  }
}

/**
 * A row's fields as the sheet gets them: without the empty ones ("" and "[]"), which the sheet reads
 * as empty when missing. A batch of 50 rows carries about 20 empty fields a row: a third of the
 * page's data, serialised for the browser on every view.
 */
export function filledFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== "" && value !== "[]"));
}

/**
 * `locale` and `units` may be promises: a page that is still resolving them (the units are the
 * member's defaults, a read) asks for the view at once, so its reads join the page's others.
 */
export async function batchView(ctx: TenantContext, batchId: string, localeOf: AppLocale | Promise<AppLocale>, unitsOf: UnitSystem | Promise<UnitSystem>, now = new Date()) {
  const businessId = ctx.businessId;
  const read = tenantReader(ctx);
  // Every read at once: one transaction (see readInTenant), with the page's other reads.
  const [batch, unquoted, locations, terms, sums, labels, payments, seller, locale, units] = await Promise.all([
    read((db) => db.batch.findFirst({ where: { id: batchId, businessId } })),
    // Without their quotes: each row's comes from the ratings kept for the process (stored-ratings.ts).
    read((db) => db.shipment.findMany({ where: { batchId, businessId }, orderBy: { position: "asc" }, omit: { labelData: true, quotes: true } })),
    locationRows(ctx),
    read((db) => creditTerms(db, businessId)),
    read((db) => ledgerSums(db, businessId)),
    read((db) => db.labelPdf.findMany({ where: { businessId, batchId }, select: { format: true } })),
    read((db) => db.payment.findMany({ where: { businessId, batchId }, orderBy: { createdAt: "desc" }, select: { id: true, status: true, failureCode: true, amountCents: true } })),
    currentSeller(ctx),
    localeOf,
    unitsOf,
  ]);
  if (!batch) throw new AppError("notFound", `batch ${batchId}`);
  const ratings = await storedRatings(unquoted, (ids) =>
    read((db) => db.shipment.findMany({ where: { id: { in: ids }, batchId, businessId }, select: { id: true, quotes: true, ratedAt: true, ratedInputs: true } })),
  );
  const rows = unquoted.map((row) => ({ ...row, quotes: ratings.get(row.id) ?? null }));
  const standing = standingOf(terms, balanceOf(sums));
  const mergedFormats = labels.map((l) => l.format);
  const review = reviewRows(rows, new Map(locations.map((l) => [l.id, l.postalCode])), now);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const views: RowView[] = review.rows.map((r) => {
    const row = byId.get(r.id)!;
    return {
      id: r.id,
      position: r.position,
      status: row.status,
      fields: filledFields(fieldsFromDraft(r.draft, units)),
      serviceCount: r.rating?.quotes.length ?? 0,
      ratedAt: row.ratedAt?.toISOString() ?? null,
      chosen: r.chosen ? presentChoice(r.chosen, locale) : null,
      problems: batch.status === "DRAFT" ? r.problems.map((p) => problemWithField(p, locale)) : [],
      refusedReason: row.refusedReason ? refusalText(row.refusedReason, locale) : null,
      trackingNumber: row.trackingNumber,
      returnTrackingNumber: row.returnTrackingNumber,
    };
  });
  const paidTotal = batch.totalCents;
  return {
    batch: { id: batch.id, number: batch.number, status: batch.status, labelFormat: batch.labelFormat, paymentMethod: batch.paymentMethod, paidAt: batch.paidAt?.toISOString() ?? null, labelsError: batch.labelsError },
    /** While the purchase completes (status PAID): how many labels are issued of how many. */
    progress: { issued: rows.filter((r) => r.status === "LABELLED" || r.status === "VOIDED" || r.status === "VOID_REQUESTED").length, refused: rows.filter((r) => r.status === "REFUSED").length, total: rows.length },
    rows: views,
    /** Some row has a chosen service (so the batch has an amount to pay). */
    priced: views.some((r) => r.chosen !== null),
    /** Every service some row was priced for, by name: the choices of "Service for the selected rows". */
    services: [...new Set(review.rows.flatMap((r) => (r.rating?.quotes ?? []).map((q) => q.serviceCode)))].map((code) => ({ code, name: serviceName(code, locale) })),
    totals: {
      totalCents: paidTotal ?? review.totalCents,
      total: formatMoney(paidTotal ?? review.totalCents, locale),
      tax: formatMoney(review.taxCents, locale),
      beforeTax: formatMoney(review.totalCents - review.taxCents, locale),
    },
    ready: review.ready,
    invalidCount: review.rows.filter((r) => r.problems.length > 0).length,
    account: { number: standing.accountNumber, available: formatMoney(Math.max(0, standing.availableCents), locale), enough: standing.availableCents >= review.totalCents },
    mergedFormats,
    /** Who sells the labels and who bills them (before buying: the business's current carrier; after: what the shipments record). */
    seller: sellerAfterPurchase(batch.paymentMethod, rows, seller),
    /** The card payment under way (status PAYING), and the last one that did not go through. */
    pendingPaymentId: payments.find((p) => p.status === "PENDING")?.id ?? null,
    lastFailure: payments[0] && (payments[0].status === "FAILED" || payments[0].status === "CANCELLED") ? { status: payments[0].status, code: payments[0].failureCode } : null,
  };
}

export type BatchView = Awaited<ReturnType<typeof batchView>>;

/**
 * The rows as the sheet gets them: one JSON string. React writes and reads a string prop as one
 * piece, where 50 rows as objects are ~1,500 values each serialised for the browser, read back on
 * the server for the page's HTML (which does not draw them) and read again in the browser.
 */
export function sheetRowsJson(rows: RowView[]): string {
  return JSON.stringify(rows);
}

function sellerAfterPurchase(method: string | null, rows: { carrier: string | null; carrierMode: string | null }[], current: Seller): Seller {
  const bought = rows.find((r) => r.carrier);
  if (!method || !bought) return current;
  const mode = bought.carrierMode === "production" || bought.carrierMode === "sandbox" ? bought.carrierMode : "reference";
  return { carrier: bought.carrier === "canadapost" ? "canadapost" : "reference", mode, billedBy: method === "CARRIER" ? "carrier" : "envoi", customerNumber: method === "CARRIER" ? current.customerNumber : null };
}
