/** Tenant-scoped look-ups shared by the batch services. */
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The batch of this business, or "not found" (another business's id reads as missing). */
export async function loadBatch(tx: Tx, businessId: string, batchId: string) {
  const batch = await tx.batch.findFirst({ where: { id: batchId, businessId } });
  if (!batch) throw new AppError("notFound", `batch ${batchId} not in business ${businessId}`);
  return batch;
}

/** The batch, which must still be a draft (rows can be changed). */
export async function loadDraftBatch(tx: Tx, businessId: string, batchId: string) {
  const batch = await loadBatch(tx, businessId, batchId);
  if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);
  return batch;
}

export async function loadRow(tx: Tx, businessId: string, batchId: string, shipmentId: string) {
  const row = await tx.shipment.findFirst({ where: { id: shipmentId, batchId, businessId } });
  if (!row) throw new AppError("notFound", `shipment ${shipmentId} not in batch ${batchId}`);
  return row;
}

/** Locks the batch row until the end of the transaction (payment, concurrent edits). */
export async function lockBatch(tx: Tx, businessId: string, batchId: string) {
  await tx.$queryRaw`SELECT id FROM "Batch" WHERE id = ${batchId} AND "businessId" = ${businessId} FOR UPDATE`;
}
