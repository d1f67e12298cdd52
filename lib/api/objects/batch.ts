/**
 * The Batch object of the API: the batch's state, each of its shipments' state (problems before
 * purchase, tracking numbers after), and its totals. Read in the key's business; another
 * business's batch reads as missing (404).
 */
import { z } from "zod";
import { reviewRows } from "@/lib/batches/review";
import type { Batch as BatchRow, Shipment } from "@/lib/db/generated/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { serviceName } from "@/lib/rates/present";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { rowProblem } from "../batch-drafts";
import { ApiError } from "../errors";
import { FieldError, Id, Money, money } from "../schemas/common";

const STATUS = { DRAFT: "draft", PAYING: "paying", PAID: "paid", LABELLED: "labelled", CANCELLED: "cancelled" } as const;
const SHIPMENT_STATUS = { DRAFT: "draft", LABELLED: "labelled", VOIDED: "voided", VOID_REQUESTED: "void_requested", REFUSED: "refused" } as const;
const PAYMENT = { ACCOUNT: "account", CARD: "card", CARRIER: "carrier", TEST: "test" } as const;

export const BatchShipment = z
  .object({
    id: Id,
    status: z.enum(Object.values(SHIPMENT_STATUS) as [string, ...string[]]).meta({ description: "draft until bought; labelled once the carrier issued it; refused when the carrier would not sell it (its price was given back)." }),
    recipient: z.object({ name: z.string(), company: z.string().nullable(), city: z.string(), province: z.string().nullable(), postalCode: z.string().nullable(), country: z.string() }),
    service: z.object({ code: z.string(), name: z.string() }).nullable(),
    price: Money.nullable().meta({ description: "The rate chosen for it, taxes included; null until rated." }),
    expectedDelivery: z.string().nullable(),
    reference1: z.string().nullable(),
    reference2: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    returnTrackingNumber: z.string().nullable(),
    refusedReason: z.string().nullable(),
    problems: z.array(FieldError).meta({ description: "What must change before the batch can be bought, each named by its path in the batch (shipments.3.service)." }),
  })
  .meta({ id: "BatchShipment" });

export const Batch = z
  .object({
    id: Id,
    number: z.number().int().meta({ description: "The business's batch number, as the web app shows it." }),
    status: z.enum(Object.values(STATUS) as [string, ...string[]]).meta({ description: "draft -> paid (labels being issued) -> labelled." }),
    paymentMethod: z.enum(Object.values(PAYMENT) as [string, ...string[]]).nullable().meta({ description: "test: bought with a test key, nothing charged." }),
    labelFormat: z.enum(["4x6", "letter"]),
    ready: z.boolean().meta({ description: "Every shipment is valid and rated today: the batch can be bought." }),
    total: Money.meta({ description: "What buying charges (or charged): the sum of the chosen rates." }),
    tax: Money,
    counts: z.object({ shipments: z.number().int(), labelled: z.number().int(), refused: z.number().int() }),
    labelsError: z.string().nullable().meta({ description: "Why issuing the labels is taking longer (the carrier did not answer); it is tried again." }),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    shipments: z.array(BatchShipment),
  })
  .meta({ id: "Batch" });

export const BatchSummary = z
  .object({
    id: Id,
    number: z.number().int(),
    status: z.enum(Object.values(STATUS) as [string, ...string[]]),
    shipmentCount: z.number().int(),
    total: Money.nullable().meta({ description: "What was charged; null before purchase." }),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
  })
  .meta({ id: "BatchSummary" });

export function presentBatchSummary(b: BatchRow & { _count: { shipments: number } }): z.input<typeof BatchSummary> {
  return { id: b.id, number: b.number, status: STATUS[b.status], shipmentCount: b._count.shipments, total: b.totalCents === null ? null : money(b.totalCents), createdAt: b.createdAt.toISOString(), paidAt: b.paidAt?.toISOString() ?? null };
}

export function presentBatch(batch: BatchRow, rows: Shipment[], locations: Map<string, string>, locale: AppLocale, now = new Date()): z.input<typeof Batch> {
  const review = reviewRows(rows, locations, now);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const draft = batch.status === "DRAFT";
  return {
    id: batch.id,
    number: batch.number,
    status: STATUS[batch.status],
    paymentMethod: batch.paymentMethod ? PAYMENT[batch.paymentMethod] : null,
    labelFormat: batch.labelFormat === "PDF_LETTER" ? "letter" : "4x6",
    ready: draft && review.ready,
    total: money(batch.totalCents ?? review.totalCents),
    tax: money(review.taxCents),
    counts: { shipments: rows.length, labelled: rows.filter((r) => r.status === "LABELLED").length, refused: rows.filter((r) => r.status === "REFUSED").length },
    labelsError: batch.labelsError,
    createdAt: batch.createdAt.toISOString(),
    paidAt: batch.paidAt?.toISOString() ?? null,
    shipments: review.rows.map((r, i) => {
      const row = byId.get(r.id)!;
      const rc = r.draft.recipient;
      const code = r.chosen?.serviceCode ?? r.draft.serviceCode;
      return {
        id: r.id,
        status: SHIPMENT_STATUS[row.status],
        recipient: { name: rc.name, company: rc.company, city: rc.city, province: rc.province, postalCode: rc.postalCode, country: rc.country },
        service: code ? { code, name: serviceName(code, locale) } : null,
        price: r.chosen ? money(r.chosen.totalCents) : row.rateCents !== null && !draft ? money(row.rateCents) : null,
        expectedDelivery: row.expectedDeliveryDate ?? r.chosen?.expectedDeliveryDate ?? null,
        reference1: r.draft.reference1,
        reference2: r.draft.reference2,
        trackingNumber: row.trackingNumber,
        returnTrackingNumber: row.returnTrackingNumber,
        refusedReason: row.refusedReason,
        problems: draft ? r.problems.map((p) => rowProblem(i, p, locale)) : [],
      };
    }),
  };
}

/** The batch of the key's business, or 404. */
export async function loadApiBatch(ctx: TenantContext, batchId: string, locale: AppLocale): Promise<z.input<typeof Batch>> {
  const [batch, rows, locations] = await withTenant(ctx, async (tx) => [
    await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId } }),
    await tx.shipment.findMany({ where: { batchId, businessId: ctx.businessId }, orderBy: { position: "asc" } }),
    await tx.location.findMany({ where: { businessId: ctx.businessId }, select: { id: true, postalCode: true } }),
  ] as const);
  if (!batch) throw new ApiError(404, "not_found_error", "notFound", { id: batchId }, "id");
  return presentBatch(batch, rows, new Map(locations.map((l) => [l.id, l.postalCode])), locale);
}
