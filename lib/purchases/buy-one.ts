/**
 * Buying one label at once (the web services' POST /shipments): the way the web app buys, with a
 * batch of one. The draft becomes the only row of a new batch, is rated on the server, checked as
 * the batch page checks it, paid on account (payBatch: a test API key charges nothing) and its
 * label bought and drawn right away (completePurchase, which the queued job then finds done).
 * A draft the carrier cannot sell (a service not offered, an unknown postal code) or a payment
 * refused leaves nothing behind: the draft batch is deleted and the problems are returned.
 */
import { deleteDraftBatch, insertRows, createBatchIn } from "@/lib/batches/edit-rows";
import { reviewRow } from "@/lib/batches/review";
import { Prisma } from "@/lib/db/generated/client";
import type { LabelFormat } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { rateBatch } from "@/lib/rates/batch-rates";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import type { DraftProblem } from "@/lib/shipments/validate-draft";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import type { PostOffice } from "@/lib/labels/types";
import { completePurchase } from "./complete";
import { payBatch } from "./pay";

/** The row's problems once rated (a service not offered, the carrier's reasons): nothing was bought. */
export class NotBuyableError extends AppError {
  constructor(readonly problems: DraftProblem[]) {
    super("batchInvalid", `${problems.length} problems`, undefined, { count: 1 });
    this.name = "NotBuyableError";
  }
}

export interface BuyOneOptions {
  labelFormat: LabelFormat;
  /** Deliver to Post Office: the office as the carrier describes it. */
  postOffice?: PostOffice | null;
  now?: Date;
}

/** Buys `draft`'s label; returns the shipment's id (its label issued, unless the carrier refused it or is slow). */
export async function buyOne(actor: Actor, draft: ShipmentDraft, options: BuyOneOptions): Promise<{ shipmentId: string; batchId: string }> {
  const now = options.now ?? new Date();
  const { batchId, shipmentId } = await withTenant(actor, async (tx) => {
    const batch = await createBatchIn(tx, actor, options.labelFormat);
    const [id] = await insertRows(tx, actor, batch.id, [draft]);
    if (options.postOffice) await tx.shipment.update({ where: { id: id! }, data: { postOffice: options.postOffice as unknown as Prisma.InputJsonValue } });
    return { batchId: batch.id, shipmentId: id! };
  });
  try {
    await rateBatch(actor, batchId, now);
    const problems = await withTenant(actor, async (tx) => {
      const row = await tx.shipment.findFirstOrThrow({ where: { id: shipmentId, businessId: actor.businessId } });
      const location = row.locationId ? await tx.location.findFirst({ where: { id: row.locationId, businessId: actor.businessId }, select: { postalCode: true } }) : null;
      const problems = reviewRow(row, location?.postalCode ?? null, now).problems;
      // Rating keeps the service asked for only when it is offered (else it takes the cheapest): here the caller chose.
      if (problems.length === 0 && row.serviceCode !== draft.serviceCode) problems.push({ field: "serviceCode", key: "shipments.errors.serviceNotQuoted" });
      return problems;
    });
    if (problems.length > 0) throw new NotBuyableError(problems);
    await payBatch(actor, batchId, "ACCOUNT", { now });
  } catch (e) {
    await deleteDraftBatch(actor, batchId).catch(() => undefined);
    throw e;
  }
  // Paid: the label follows. Bought here so the answer carries its tracking number; after a
  // failure the queued job buys it (the shipment answers "pending" meanwhile).
  await completePurchase(actor, batchId).catch((e: unknown) => console.error("[api] buy one: label not bought yet", e));
  return { shipmentId, batchId };
}
