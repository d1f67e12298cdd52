/**
 * Changes to several rows of a draft batch at once, from the sheet: a block pasted from a
 * spreadsheet (rows added as needed), a value filled down or a service set on the selected rows,
 * the selected rows removed. Each field is read on its own (draft-schema.ts): a value that cannot
 * be taken keeps the stored one and comes back with its problem, every other one is saved. One
 * transaction, tenant-scoped; every id from input is looked up inside the business and the batch.
 */
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import type { UnitSystem } from "@/lib/rating/measures";
import { storedRating } from "@/lib/rates/batch-rates";
import { effectiveDefaults } from "@/lib/settings/settings";
import { draftFromRow, rowFromDraft } from "@/lib/shipments/draft-row";
import { applyTypedFields, type TypingErrors } from "@/lib/shipments/draft-schema";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { insertRows } from "./edit-rows";
import { loadDraftBatch, lockBatch } from "./load";
import { blankDraft } from "./new-row";
import { searchTextOf } from "./search-text";

/** What changed: rows updated, rows added, and the problems of each row (by its place in the input, from 0). */
export interface BulkResult {
  updated: number;
  created: number;
  problems: Record<number, TypingErrors>;
}

/**
 * Gives row `ids[i]` the fields `patches[i]`; patches past the last id become new rows at the end
 * of the batch (from the member's defaults), up to the batch's 50. Values are read in `units`.
 */
export async function editRows(actor: Actor, batchId: string, ids: readonly string[], patches: readonly Partial<Record<string, string>>[], units: UnitSystem, locale: AppLocale): Promise<BulkResult> {
  const defaults = await effectiveDefaults(actor);
  return withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    await loadDraftBatch(tx, actor.businessId, batchId);
    const unique = [...new Set(ids)];
    const rows = await tx.shipment.findMany({ where: { id: { in: unique }, batchId, businessId: actor.businessId } });
    if (rows.length !== unique.length) throw new AppError("notFound", `a row is not in batch ${batchId}`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problems: BulkResult["problems"] = {};
    let updated = 0;
    for (const [i, patch] of patches.slice(0, ids.length).entries()) {
      const row = byId.get(ids[i]!)!;
      const { draft, errors } = applyTypedFields(draftFromRow(row), patch, units, locale);
      if (Object.keys(errors).length > 0) problems[i] = errors;
      // A service chosen among the row's quotes takes its price; another one is asked to be rated.
      const quote = "serviceCode" in patch ? storedRating(row)?.quotes.find((q) => q.serviceCode === draft.serviceCode) : undefined;
      await tx.shipment.update({
        where: { id: row.id },
        data: { ...rowFromDraft(draft), searchText: searchTextOf(draft, null), ...("serviceCode" in patch ? { rateCents: quote?.totalCents ?? null } : {}) },
      });
      updated += 1;
    }
    const added = patches.slice(ids.length).map((patch, j) => {
      const { draft, errors } = applyTypedFields(blankDraft(defaults), patch, units, locale);
      if (Object.keys(errors).length > 0) problems[ids.length + j] = errors;
      return draft;
    });
    if (added.length > 0) await insertRows(tx, actor, batchId, added);
    return { updated, created: added.length, problems };
  });
}

/** Removes the given rows of a draft batch (all or none: one not in the batch is "not found"). */
export async function removeRows(actor: Actor, batchId: string, ids: readonly string[]): Promise<number> {
  return withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    await loadDraftBatch(tx, actor.businessId, batchId);
    const unique = [...new Set(ids)];
    const { count } = await tx.shipment.deleteMany({ where: { id: { in: unique }, batchId, businessId: actor.businessId } });
    if (count !== unique.length) throw new AppError("notFound", `a row is not in batch ${batchId}`);
    return count;
  });
}
