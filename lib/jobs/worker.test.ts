import { describe, expect, it } from "vitest";
import { queueEmails } from "@/lib/email/outbox";
import { withTenant } from "@/lib/tenancy/context";
import { batchTargets, payingBusiness } from "@/tests/batch-helpers";
import { adminQuery } from "@/tests/db";
import { mailCatcherForFile } from "@/tests/mail";
import { prepareJobQueue } from "./prepare";
import { QUEUES } from "./queues";
import { startWorker } from "./worker";

const mailbox = mailCatcherForFile("worker");

describe("the job worker", () => {
  it("installs its queues with the migrations (again without harm), for the app's role to use", async () => {
    await prepareJobQueue(process.env.TEST_ADMIN_DATABASE_URL!);
    const queues = (await adminQuery<{ name: string; retry_limit: number }>(`SELECT name, retry_limit FROM pgboss.queue`)).map((q) => [q.name, q.retry_limit]);
    for (const [name, policy] of Object.entries(QUEUES)) expect(queues).toContainEqual([name, policy.retryLimit]);
    const privileges = await adminQuery<{ ok: boolean }>(`SELECT has_table_privilege('envoi_app', 'pgboss.job', 'INSERT') AND NOT has_schema_privilege('envoi_app', 'pgboss', 'CREATE') AS ok`);
    expect(privileges[0]!.ok).toBe(true);
  });

  it("sends a queued email on its own, as the app's role, and schedules the periodic jobs", async () => {
    const { actor, business } = await payingBusiness("worker1");
    const { labelledShipmentId } = await batchTargets(business);
    const [emailId] = await queueEmails(actor, [{ kind: "LABELS", to: "worker@example.com", locale: "en", shipmentId: labelledShipmentId, params: { format: "PDF_4X6" } }]);
    const worker = await startWorker({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, log: () => {} });
    try {
      await expect
        .poll(async () => (await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { id: emailId!, businessId: actor.businessId } }))).status, { timeout: 20_000 })
        .toBe("SENT");
    } finally {
      await worker.stop();
    }
    expect(await mailbox.to("worker@example.com")).toHaveLength(1);
    const schedules = (await adminQuery<{ name: string; cron: string }>(`SELECT name, cron FROM pgboss.schedule ORDER BY name`)).map((s) => `${s.name} ${s.cron}`);
    expect(schedules).toEqual(["maintenance */15 * * * *", "scheduled-close * * * * *", "tracking-sweep */5 * * * *"]);
  });
});
