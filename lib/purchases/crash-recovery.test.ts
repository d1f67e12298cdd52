/**
 * Crashes in the middle of a purchase: a real process pays a batch and is killed (SIGKILL) right
 * after the payment's commit, or while its "complete purchase" job draws the labels it has bought.
 * The payment and the job committed together; a worker finishes the purchase as soon as it starts
 * (without waiting for the 15-minute maintenance schedule), resuming where it stopped: nothing is
 * charged, bought, stored or emailed twice.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import readline from "node:readline";
import { describe, expect, it } from "vitest";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { startWorker } from "@/lib/jobs/worker";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { createContacts, payingBusiness } from "@/tests/batch-helpers";
import { adminQuery } from "@/tests/db";
import { drainJobs } from "@/tests/jobs";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { rateBatch } from "@/lib/rates/batch-rates";

async function ratedBatch(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  for (const row of await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }))) {
    await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1500 });
  }
  await rateBatch(actor, batch.id);
  return batch.id;
}

/** Pays the batch in another process and kills it (SIGKILL) at `step`. */
async function payAndKill(actor: Actor, batchId: string, step: "committed" | "drawing") {
  // Node itself runs the script (tsx as a loader): the process killed is the one holding the connections.
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", path.resolve("tests/processes/pay-then-die.ts"), actor.businessId, actor.userId!, actor.slug, batchId, step], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = once(child, "exit");
  for await (const line of readline.createInterface({ input: child.stdout! })) {
    if (line === step) break;
  }
  child.kill("SIGKILL");
  const [code, signal] = await exited;
  expect({ code, signal }).toEqual({ code: null, signal: "SIGKILL" });
}

async function state(actor: Actor, batchId: string) {
  return withTenant(actor, async (tx) => ({
    status: (await tx.batch.findFirstOrThrow({ where: { id: batchId, businessId: actor.businessId } })).status,
    charges: await tx.accountTransaction.count({ where: { businessId: actor.businessId, batchId, type: "CHARGE" } }),
    trackingNumbers: await tx.shipment.count({ where: { businessId: actor.businessId, batchId, trackingNumber: { not: null } } }),
    labels: await tx.labelPdf.count({ where: { businessId: actor.businessId, shipment: { batchId } } }),
    merged: await tx.labelPdf.count({ where: { businessId: actor.businessId, batchId } }),
    receipts: await tx.emailMessage.count({ where: { businessId: actor.businessId, batchId, kind: "RECEIPT" } }),
  }));
}

const trackingNumbers = (actor: Actor, batchId: string) =>
  withTenant(actor, async (tx) => (await tx.shipment.findMany({ where: { businessId: actor.businessId, batchId }, orderBy: { position: "asc" }, select: { trackingNumber: true } })).map((s) => s.trackingNumber));

const purchaseJobs = (batchId: string) => adminQuery<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'purchase' AND data->>'batchId' = $1`, [batchId]);

async function withWorker(work: () => Promise<void>) {
  const worker = await startWorker({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, log: () => {} });
  try {
    await work();
  } finally {
    await worker.stop();
  }
}

describe("a crash in the middle of a purchase", () => {
  it("right after the payment's commit: the batch is paid with its job queued, and a worker completes it", async () => {
    const { actor } = await payingBusiness("crash1");
    const batchId = await ratedBatch(actor, 3);
    await payAndKill(actor, batchId, "committed");

    expect(await state(actor, batchId)).toEqual({ status: "PAID", charges: 1, trackingNumbers: 0, labels: 0, merged: 0, receipts: 0 });
    expect(await purchaseJobs(batchId)).toEqual([{ state: "created" }]);

    await withWorker(() => expect.poll(async () => (await state(actor, batchId)).status, { timeout: 25_000, interval: 250 }).toBe("LABELLED"));
    expect(await state(actor, batchId)).toEqual({ status: "LABELLED", charges: 1, trackingNumbers: 3, labels: 3, merged: 1, receipts: 1 });
  });

  it("while the labels are drawn: the worker's start resumes with the labels already bought, and buys nothing twice", async () => {
    const { actor } = await payingBusiness("crash2");
    const batchId = await ratedBatch(actor, 3);
    await payAndKill(actor, batchId, "drawing");

    expect(await state(actor, batchId)).toEqual({ status: "PAID", charges: 1, trackingNumbers: 3, labels: 0, merged: 0, receipts: 0 });
    const bought = await trackingNumbers(actor, batchId);
    // The job that died is still "active" for pg-boss (until it expires); the worker's start queues the purchase again.
    await withWorker(() => expect.poll(async () => (await state(actor, batchId)).status, { timeout: 25_000, interval: 250 }).toBe("LABELLED"));
    expect(await state(actor, batchId)).toEqual({ status: "LABELLED", charges: 1, trackingNumbers: 3, labels: 3, merged: 1, receipts: 1 });
    expect(await trackingNumbers(actor, batchId)).toEqual(bought);
  });

  it("completes through the job committed with the payment, with no restart, and a second run changes nothing", async () => {
    const { actor } = await payingBusiness("crash3");
    const batchId = await ratedBatch(actor, 2);
    await payAndKill(actor, batchId, "committed");
    expect(await state(actor, batchId)).toMatchObject({ status: "PAID", labels: 0 });

    // Only this batch's job is counted: the earlier test's dead job may come back to the queue once pg-boss expires it.
    expect((await drainJobs(["purchase"])).failed).toBe(0);
    expect(await purchaseJobs(batchId)).toEqual([{ state: "completed" }]);
    const done = await state(actor, batchId);
    expect(done).toEqual({ status: "LABELLED", charges: 1, trackingNumbers: 2, labels: 2, merged: 1, receipts: 1 });
    const { requeueUnfinishedPurchases } = await import("./recover");
    expect(await requeueUnfinishedPurchases({ graceMs: 0 })).toBe(0);
  });
});
