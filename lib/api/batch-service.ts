/**
 * Batches through the API, with the batch sheet's own services: created with every row checked
 * first (nothing saved when a row has a problem), rated at once so the shop sees prices and
 * problems, and bought the way the web app pays on account (a test key pays nothing:
 * lib/purchases/test-mode.ts). A service the shop named is never swapped for another: when the
 * carrier does not offer it, the row says so and the batch cannot be bought.
 */
import type { z } from "zod";
import { createBatchIn, insertRows } from "@/lib/batches/edit-rows";
import { reviewRows } from "@/lib/batches/review";
import type { CarrierQuote } from "@/lib/carriers/types";
import { Prisma } from "@/lib/db/generated/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { payBatch } from "@/lib/purchases/pay";
import { testModeMayBuy } from "@/lib/purchases/test-mode";
import { rateBatch } from "@/lib/rates/batch-rates";
import { effectiveDefaults } from "@/lib/settings/settings";
import { isTestMode, withTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "./actor";
import { draftsOf, rowProblem } from "./batch-drafts";
import { ApiError, ApiFieldsError } from "./errors";
import { loadApiBatch } from "./objects/batch";
import type { CreateBatchRequest } from "./schemas/batch";

/** Rates every row, then gives back to each row the service it had when the carrier no longer offers it (unpriced: the row shows why). */
async function rateKeepingServices(actor: ApiActor, batchId: string): Promise<void> {
  const before = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, select: { id: true, serviceCode: true } }));
  await rateBatch(actor, batchId);
  await withTenant(actor, async (tx) => {
    const after = new Map((await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, select: { id: true, serviceCode: true } })).map((r) => [r.id, r.serviceCode]));
    for (const row of before) {
      if (row.serviceCode && after.get(row.id) !== row.serviceCode) {
        await tx.shipment.updateMany({ where: { id: row.id, batchId, businessId: actor.businessId, batch: { status: "DRAFT" } }, data: { serviceCode: row.serviceCode, rateCents: null } });
      }
    }
  });
}

export async function createApiBatch(actor: ApiActor, body: z.output<typeof CreateBatchRequest>, locale: AppLocale) {
  const defaults = await effectiveDefaults(actor);
  const { drafts, problems } = await draftsOf(actor, body.shipments, defaults, locale);
  if (problems.length > 0) throw new ApiFieldsError(problems);
  const labelFormat = body.labelFormat === "letter" ? "PDF_LETTER" : body.labelFormat === "4x6" ? "PDF_4X6" : defaults.labelFormat;
  const batchId = await withTenant(
    actor,
    async (tx) => {
      const batch = await createBatchIn(tx, actor, labelFormat);
      const ids = await insertRows(tx, actor, batch.id, drafts);
      for (const [i, id] of ids.entries()) {
        const office = drafts[i]!.postOffice;
        if (office) await tx.shipment.update({ where: { id }, data: { postOffice: office as unknown as Prisma.InputJsonValue } });
      }
      return batch.id;
    },
    { timeoutMs: 30_000 },
  );
  await rateKeepingServices(actor, batchId);
  return loadApiBatch(actor, batchId, locale);
}

/**
 * Buys a draft batch: rated again first when its rates are not today's (or, with a test key, came
 * from Canada Post production), every row's problem answered by its path, then paid on account
 * (nothing charged with a test key). A batch already bought is answered as it is, charged once.
 */
export async function buyApiBatch(actor: ApiActor, batchId: string, locale: AppLocale, now = new Date()) {
  const loaded = await withTenant(actor, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: actor.businessId }, select: { status: true } });
    const rows = await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } });
    const locations = await tx.location.findMany({ where: { businessId: actor.businessId }, select: { id: true, postalCode: true } });
    return { batch, rows, locations: new Map(locations.map((l) => [l.id, l.postalCode])) };
  });
  if (!loaded.batch) throw new ApiError(404, "not_found_error", "notFound", { id: batchId }, "id");
  if (loaded.batch.status === "DRAFT") {
    const review = reviewRows(loaded.rows, loaded.locations, now);
    const stale = review.rows.some((r) => r.problems.some((p) => p.key.endsWith(".notRated") || p.key.endsWith(".rateStale")));
    const liveQuotes = isTestMode(actor) && review.rows.some((r) => !testModeMayBuy(r.chosen as CarrierQuote | null));
    if (stale || liveQuotes) await rateKeepingServices(actor, batchId);
    const checked = stale || liveQuotes ? await loadApiBatch(actor, batchId, locale) : null;
    const problems = checked ? checked.shipments.flatMap((s) => s.problems) : review.rows.flatMap((r, i) => r.problems.map((p) => rowProblem(i, p, locale)));
    if (problems.length > 0) throw new ApiFieldsError(problems);
  }
  await payBatch(actor, batchId, "ACCOUNT", { now });
  return loadApiBatch(actor, batchId, locale);
}
