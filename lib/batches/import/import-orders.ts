import { recordAudit } from "@/lib/audit/record";
import { FieldsError } from "@/lib/errors";
import { effectiveDefaults } from "@/lib/settings/settings";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { createBatchIn, insertRows } from "../edit-rows";
import type { OrderMapping } from "./mapping";
import { batchesOf, planOrders } from "./plan";
import type { OrderImportRequest } from "./schemas";

export interface ImportedOrders {
  /** The batches made, in file order (numbered in that order too). */
  batches: { id: string; number: number; rows: number }[];
  /** Where the skipped rows are in the file: empty rows, and further line items of an order (see SkippedRow). */
  skipped: number[];
}

/** 20 batches and 1,000 rows take well under a second; this is room for a busy machine. */
const IMPORT_TIMEOUT_MS = 30_000;

/**
 * Turns a file of orders into draft batches of the actor's business: each order becomes one row,
 * starting from the member's defaults with the file's values over them (draftFromOrder), 50 rows a
 * batch in file order. Rows with problems are kept (the batch sheet shows them and they block
 * payment); only rows that are not a shipment at all are skipped and reported. Every batch and
 * row is made in one transaction, so a failure leaves nothing half imported (and a retry does not
 * make the first batches twice). Each batch gets its "batch.created" entry and one
 * "batch.imported" entry in the audit log. Tenant-scoped: the request carries no ids; the
 * batches are created in the actor's business only.
 */
export async function importOrders(actor: Actor, request: OrderImportRequest): Promise<ImportedOrders> {
  const mapped = request.columns.filter((c) => c.field);
  const table = { headers: mapped.map((c) => c.header), rows: request.rows, rowNumbers: request.rowNumbers };
  const mapping: OrderMapping = mapped.map((c) => c.field);
  const defaults = await effectiveDefaults(actor);
  const { orders, skipped } = planOrders(table, mapping, defaults, request.units);
  if (orders.length === 0) throw new FieldsError("orders.errors", { rows: { code: "noOrders" } });

  const batches = await withTenant(
    actor,
    async (tx) => {
      const made: ImportedOrders["batches"] = [];
      for (const chunk of batchesOf(orders)) {
        const batch = await createBatchIn(tx, actor, defaults.labelFormat);
        await insertRows(
          tx,
          actor,
          batch.id,
          chunk.map((o) => o.draft),
        );
        await recordAudit(tx, actor, {
          action: "batch.imported",
          entityType: "Batch",
          entityId: batch.id,
          details: { name: request.fileName, number: batch.number, rows: chunk.length, fromRow: chunk[0]!.rowNumber, toRow: chunk.at(-1)!.rowNumber },
        });
        made.push({ id: batch.id, number: batch.number, rows: chunk.length });
      }
      return made;
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
  return { batches, skipped: skipped.map((s) => s.rowNumber) };
}
