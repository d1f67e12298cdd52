import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { createContacts, payingBusiness, stubRender } from "@/tests/batch-helpers";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { addRowsFromContacts, createBatch, saveRow } from "./edit-rows";
import { payBatch } from "./pay-batch";
import { rateBatch } from "./rating";
import { receiptPdf } from "./receipt";

const MAIL_DIR = `.data/mail-receipts-${process.pid}`;
let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher({ dir: MAIL_DIR });
  process.env.SMTP_URL = catcher.url;
});
afterAll(async () => {
  await catcher.stop();
});

function pdfText(bytes: Uint8Array): string {
  const file = path.join(MAIL_DIR, `receipt-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

async function paidBatch(actor: Actor) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, 2)); // Québec (QC) and Vancouver (BC)
  for (const row of await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }))) {
    await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
  }
  await rateBatch(actor, batch.id);
  await payBatch(actor, batch.id, "ACCOUNT", { render: stubRender });
  return batch;
}

describe("receipts", () => {
  it("are emailed to whoever paid, with a PDF of each shipment's price and the GST/HST/QST totals", async () => {
    const { actor, business } = await payingBusiness("receipt1");
    await withTenant(actor, (tx) => tx.business.update({ where: { id: actor.businessId }, data: { legalName: "Receipt One Inc.", gstHstNumber: "123456789RT0001", qstNumber: "1234567890TQ0001" } }));
    const batch = await paidBatch(actor);

    const files = fs.readdirSync(MAIL_DIR).filter((f) => f.endsWith(".eml"));
    const mails = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(MAIL_DIR, f)))));
    const mail = mails.find((m) => (m.to as { text: string }).text === business.owner.email)!;
    expect(mail.subject).toMatch(/^Your Envoi receipt for batch \d+$/);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[expect.stringMatching(/^receipt-\d+-\d{8}\.pdf$/), "application/pdf"]]);

    const text = pdfText(mail.attachments[0]!.content);
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
