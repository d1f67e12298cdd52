import { describe, expect, it } from "vitest";
import { queueEmails } from "@/lib/email/outbox";
import { withTenant } from "@/lib/tenancy/context";
import { batchTargets, payingBusiness } from "@/tests/batch-helpers";
import { mailCatcherForFile } from "@/tests/mail";
import { startWorkerProcess } from "./worker-process";

const mailbox = mailCatcherForFile("worker-process");

describe("npm start's job worker process", () => {
  it("sends a queued email from its own process, and stops when told", async () => {
    const { actor, business } = await payingBusiness("workerproc1");
    const { labelledShipmentId } = await batchTargets(business);
    const [emailId] = await queueEmails(actor, [{ kind: "LABELS", to: "worker-process@example.com", locale: "en", shipmentId: labelledShipmentId, params: { format: "PDF_4X6" } }]);
    const broken: string[] = [];
    const worker = startWorkerProcess({ onBrokenStart: (reason) => broken.push(reason) });
    try {
      await expect
        .poll(async () => (await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { id: emailId!, businessId: actor.businessId } }))).status, { timeout: 45_000, interval: 500 })
        .toBe("SENT");
    } finally {
      await worker.stop();
    }
    expect(await mailbox.to("worker-process@example.com")).toHaveLength(1);
    expect(broken).toEqual([]);
  }, 90_000);

  it("reports a worker that cannot start (no database configured) instead of starting it again and again", async () => {
    const reasons: string[] = [];
    const reported = new Promise<void>((resolve) => {
      const worker = startWorkerProcess({
        env: { ...process.env, DATABASE_URL: "" },
        onBrokenStart: (reason) => {
          reasons.push(reason);
          void worker.stop().then(resolve);
        },
      });
    });
    await reported;
    expect(reasons).toEqual([expect.stringMatching(/^the job worker stopped while starting \(exit code 1\)$/)]);
  }, 60_000);
});
