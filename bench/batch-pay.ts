import type { BenchResult } from "./harness";
import { measure } from "./harness";

/**
 * A batch of 50 shipments from "pay" (on account) to the merged PDF stored: the payment's
 * transaction (charge, frozen labels, the queued job), then the "complete purchase" job run at
 * once as the worker would (50 labels bought from the reference carrier, drawn once, cut, stored
 * with the merged PDF, emails written to the outbox). Each sample is a new batch of 50 rows, rated
 * beforehand (not timed). Target: median under 0.6 s on the 2-core machine.
 */
export async function benchBatchPay(): Promise<BenchResult[]> {
  const { db } = await import("../lib/db/client");
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { withTenant } = await import("../lib/tenancy/context");
  const { createBatch, addRowsFromContacts, applyTemplateToAll } = await import("../lib/batches/edit-rows");
  const { rateBatch } = await import("../lib/rates/batch-rates");
  const { payBatch } = await import("../lib/purchases/pay");
  const { completePurchase } = await import("../lib/purchases/complete");
  const pay = async (batchId: string) => {
    await payBatch(actor, batchId, "ACCOUNT");
    return completePurchase(actor, batchId);
  };
  const user = await db().user.create({ data: { email: "bench-pay@example.com" } });
  const business = await createBusiness({ userId: user.id, name: "Bench Pay" });
  const actor = { businessId: business.id, userId: user.id, role: "OWNER" as const, slug: business.slug };
  const { templateId, contactIds } = await withTenant(actor, async (tx) => {
    await tx.business.update({ where: { id: business.id }, data: { accountNumber: "0001234567", creditLimitCents: 1_000_000_000 } });
    const location = await tx.location.create({ data: { businessId: business.id, label: "Main", contactName: "Bench", phone: "613 555 0100", line1: "111 Wellington St", city: "Ottawa", province: "ON", postalCode: "K1A 0A9" } });
    await tx.businessSettings.create({ data: { businessId: business.id, defaultLocationId: location.id } });
    const template = await tx.parcelTemplate.create({ data: { businessId: business.id, name: "Box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1500 } });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const c = await tx.contact.create({ data: { businessId: business.id, name: `Client ${i}`, line1: `${i} rue Sainte-Catherine`, city: "Montréal", province: "QC", postalCode: "H3B 1A7", country: "CA", phone: "514 555 0100", searchText: `client ${i}` } });
      ids.push(c.id);
    }
    return { templateId: template.id, contactIds: ids };
  });
  const batches: string[] = [];
  const samples = 5;
  for (let i = 0; i < samples + 1; i++) {
    const batch = await createBatch(actor);
    await addRowsFromContacts(actor, batch.id, contactIds);
    await applyTemplateToAll(actor, batch.id, templateId);
    await rateBatch(actor, batch.id);
    batches.push(batch.id);
  }
  await pay(batches[0]!); // warm-up: renderer, fonts, JIT
  const result = await measure(
    "batch: 50 labels from pay (on account) to merged PDF stored",
    samples,
    async (n) => {
      const outcome = await pay(batches[n + 1]!);
      if (outcome !== "completed") throw new Error(`batch ${batches[n + 1]} not completed: ${outcome}`);
    },
    { target: "median < 600 ms" },
  );
  return [{ ...result, met: result.medianMs < 600 }];
}
