import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { mailCatcherForFile } from "@/tests/mail";
import { receiptPdf } from "./receipt";

const mailbox = mailCatcherForFile("receipts");

function pdfText(bytes: Uint8Array): string {
  fs.mkdirSync(mailbox.dir, { recursive: true });
  const file = path.join(mailbox.dir, `receipt-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** Two shipments: to Québec (QC) and Vancouver (BC). */
async function paidBatch(actor: Actor) {
  const [first] = await paidBatchOf(actor, 2);
  // The purchase wrote the receipt to the outbox; the email job sends it.
  await drainJobs(["email"]);
  return { id: first!.batchId };
}

describe("receipts", () => {
  it("are emailed to whoever paid, with a PDF of each shipment's price and the GST/HST/QST totals", async () => {
    const { actor, business } = await payingBusiness("receipt1");
    await withTenant(actor, (tx) => tx.business.update({ where: { id: actor.businessId }, data: { legalName: "Receipt One Inc.", gstHstNumber: "123456789RT0001", qstNumber: "1234567890TQ0001" } }));
    const batch = await paidBatch(actor);

    const [mail] = await mailbox.to(business.owner.email);
    expect(mail!.subject).toMatch(/^Your Envoi receipt for batch \d+$/);
    expect(mail!.attachments.map((a) => [a.filename, a.contentType])).toEqual([[expect.stringMatching(/^receipt-\d+-\d{8}\.pdf$/), "application/pdf"]]);

    const text = pdfText(mail!.attachments[0]!.content);
    expect(text).toContain("Receipt One Inc.");
    expect(text).toContain("GST/HST registration: 123456789RT0001");
    expect(text).toContain("QST registration: 1234567890TQ0001");
    const shipments = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }));
    for (const s of shipments) expect(text).toContain(s.trackingNumber!);
    // To Québec: GST and QST; to BC: GST only. The totals add up each tax over the shipments.
    expect(text).toMatch(/\nGST\s+\$\d+\.\d\d/);
    expect(text).toMatch(/\nQST\s+\$\d+\.\d\d/);
    const paid = (await withTenant(actor, (tx) => tx.batch.findFirstOrThrow({ where: { id: batch.id, businessId: actor.businessId } }))).totalCents!;
    expect(text).toContain(`Total paid`);
    expect(text).toContain(`$${(paid / 100).toFixed(2)}`);
  });

  it("is available in French, and only to its own business", async () => {
    const { actor } = await payingBusiness("receipt2");
    const batch = await paidBatch(actor);
    const fr = await receiptPdf(actor, batch.id, "fr");
    expect(pdfText(fr!.bytes)).toContain("Total payé");
    const { actor: other } = await payingBusiness("receipt3");
    expect(await receiptPdf(other, batch.id, "en")).toBeNull();
  });
});
