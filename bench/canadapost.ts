import type { BenchResult } from "./harness";
import { measure } from "./harness";

const LATENCY_MS = 100;
const ROWS = 50;

/**
 * A batch of 50 rated and bought with the business's own Canada Post account against the local
 * fake Canada Post server answering each call after 100 ms (schema checks off). What bounds it is
 * the latency and the parallelism, not our code: each result prints beside its floor, the calls it
 * makes times the latency divided by how many run at once (rating: 8 rows at a time, one call
 * each; buying: 4 labels at a time, three calls each: create, label artifact, receipt). The ratio
 * to that floor is the result; the throttle (840 rating and 646 shipment calls a minute) is not
 * reached by one batch.
 */
export async function benchCanadaPost(): Promise<BenchResult[]> {
  const { randomBytes } = await import("node:crypto");
  const { startFakeCanadaPost } = await import("../tests/canadapost/fake-server/server");
  const fake = await startFakeCanadaPost({ latencyMs: LATENCY_MS, validate: false });
  process.env.CANADAPOST_API_URL = fake.url;
  process.env.CARRIER_SECRETS_KEYS ??= `bench:${randomBytes(32).toString("base64")}`;
  // The configuration is read again with the fake server's address (measured as production runs,
  // which wants a mail setting: the bench sends no mail, the outbox rows stay queued).
  process.env.DEV_MAILBOX_DIR ??= (await import("node:os")).tmpdir();
  const { resetEnvForTests } = await import("../lib/env");
  resetEnvForTests();
  const { db } = await import("../lib/db/client");
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { withTenant } = await import("../lib/tenancy/context");
  const { createBatch, addRowsFromContacts, applyTemplateToAll } = await import("../lib/batches/edit-rows");
  const { rateBatch } = await import("../lib/rates/batch-rates");
  const { payBatch } = await import("../lib/purchases/pay");
  const { completePurchase } = await import("../lib/purchases/complete");
  const { saveCanadaPostAccount } = await import("../lib/carriers/accounts/accounts");
  try {
    const user = await db().user.create({ data: { email: "bench-cp@example.com" } });
    const business = await createBusiness({ userId: user.id, name: "Bench Canada Post" });
    const actor = { businessId: business.id, userId: user.id, role: "OWNER" as const, slug: business.slug };
    const { templateId, contactIds } = await withTenant(actor, async (tx) => {
      await tx.business.update({ where: { id: business.id }, data: { email: "bench-cp@example.com" } });
      const location = await tx.location.create({ data: { businessId: business.id, label: "Main", contactName: "Bench", phone: "613 555 0100", line1: "111 Wellington St", city: "Ottawa", province: "ON", postalCode: "K1A 0A9" } });
      await tx.businessSettings.create({ data: { businessId: business.id, defaultLocationId: location.id } });
      const template = await tx.parcelTemplate.create({ data: { businessId: business.id, name: "Box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1500 } });
      const ids: string[] = [];
      for (let i = 0; i < ROWS; i++) {
        const c = await tx.contact.create({ data: { businessId: business.id, name: `Client ${i}`, line1: `${i} rue Sainte-Catherine`, city: "Montréal", province: "QC", postalCode: "H3B 1A7", country: "CA", phone: "514 555 0100", searchText: `client ${i}` } });
        ids.push(c.id);
      }
      return { templateId: template.id, contactIds: ids };
    });
    await saveCanadaPostAccount(actor, { mode: "SANDBOX", username: "envoi-test", password: "fake-password", customerNumber: "2004381", contractNumber: null, moboCustomerNumber: null });
    const samples = 2;
    const batches: string[] = [];
    for (let i = 0; i < samples; i++) {
      const batch = await createBatch(actor);
      await addRowsFromContacts(actor, batch.id, contactIds);
      await applyTemplateToAll(actor, batch.id, templateId);
      batches.push(batch.id);
    }
    const ratingFloor = Math.ceil(ROWS / 8) * LATENCY_MS;
    const buyingFloor = Math.ceil(ROWS / 4) * 3 * LATENCY_MS;
    const rated = await measure(`canadapost: rate ${ROWS} rows (${LATENCY_MS} ms a call)`, samples, async (n) => {
      const { rated: count } = await rateBatch(actor, batches[n]!);
      if (count !== ROWS) throw new Error(`rated ${count} of ${ROWS}`);
    });
    const bought = await measure(`canadapost: buy ${ROWS} labels, pay to merged PDF`, samples, async (n) => {
      await payBatch(actor, batches[n]!, "CARRIER");
      const outcome = await completePurchase(actor, batches[n]!);
      if (outcome !== "completed") throw new Error(`not completed: ${outcome}`);
    });
    const note = (median: number, floor: number, how: string) => `${(median / floor).toFixed(2)}x the latency floor (${floor} ms: ${how})`;
    return [
      { ...rated, target: "near the floor", note: note(rated.medianMs, ratingFloor, `${ROWS} calls, 8 at once`) },
      { ...bought, target: "near the floor", note: note(bought.medianMs, buyingFloor, `${ROWS * 3} calls, 4 labels at once`) },
    ];
  } finally {
    await fake.close();
  }
}
