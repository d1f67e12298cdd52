/**
 * A crash right after the charge: a real process pays a batch and is killed (SIGKILL) between the
 * commit and the first label. The payment, the tracking numbers and the job that finishes the
 * labels committed together; the labels are there as soon as a worker starts, without waiting for
 * the 15-minute maintenance schedule.
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

/** Pays the batch in another process and kills it (SIGKILL) once the payment has committed. */
async function payAndKill(actor: Actor, batchId: string) {
  const tsx = path.resolve("node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.resolve("tests/processes/pay-then-die.ts"), actor.businessId, actor.userId!, actor.slug, batchId], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = once(child, "exit");
  for await (const line of readline.createInterface({ input: child.stdout! })) {
    if (line === "rendering") break;
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
  }));
}

const labelsJobs = (batchId: string) => adminQuery<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'labels' AND data->>'batchId' = $1`, [batchId]);

describe("a crash between the charge and the labels", () => {
  it("leaves a paid batch with its labels job queued, and the worker finishes it as soon as it starts", async () => {
    const { actor } = await payingBusiness("crash1");
    const batchId = await ratedBatch(actor, 3);
    await payAndKill(actor, batchId);

    expect(await state(actor, batchId)).toEqual({ status: "PAID", charges: 1, trackingNumbers: 3, labels: 0, merged: 0 });
    expect(await labelsJobs(batchId)).toEqual([{ state: "created" }]);

    const worker = await startWorker({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, log: () => {} });
    try {
      await expect.poll(async () => (await state(actor, batchId)).status, { timeout: 25_000, interval: 250 }).toBe("LABELLED");
    } finally {
      await worker.stop();
    }
    expect(await state(actor, batchId)).toEqual({ status: "LABELLED", charges: 1, trackingNumbers: 3, labels: 3, merged: 1 });
    // It was the worker's start that finished it: the labels job is not due yet.
    expect(await labelsJobs(batchId)).toEqual([{ state: "created" }]);
  });

  it("finishes the labels through the job committed with the payment, with no restart", async () => {
    const { actor } = await payingBusiness("crash2");
    const batchId = await ratedBatch(actor, 2);
    await payAndKill(actor, batchId);
    expect(await state(actor, batchId)).toMatchObject({ status: "PAID", labels: 0 });

    // The job waits a little before it looks (labels are usually rendered by then): make it due now.
    await adminQuery(`UPDATE pgboss.job SET start_after = now() WHERE name = 'labels' AND data->>'batchId' = $1`, [batchId]);
    expect(await drainJobs(["labels"])).toEqual({ ran: 1, failed: 0 });
    expect(await state(actor, batchId)).toEqual({ status: "LABELLED", charges: 1, trackingNumbers: 2, labels: 2, merged: 1 });
  });
});
