import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import { batchTargets, payingBusiness } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { mailCatcherForFile } from "@/tests/mail";
import { resetEnvForTests } from "@/lib/env";
import { emailLabels, emailLog, parseEmailList } from "./labels-request";
import { EMAIL_BUILDERS } from "@/lib/jobs/email-builders";
import { deliverEmail as deliver } from "./deliver";
import { retryEmail } from "./outbox";
import { storeLabelPdfs } from "@/lib/shipments/label-pdfs";

const deliverEmail = (ctx: { businessId: string; userId: string | null }, id: string, attempt?: { final: boolean }) => deliver(ctx, id, EMAIL_BUILDERS, attempt);

const mailbox = mailCatcherForFile("outbox");
const mailsTo = mailbox.to;

describe("the email outbox", () => {
  it("parses a list of up to five addresses", () => {
    expect(parseEmailList("A@x.ca, b@y.com; a@x.ca")).toEqual(["a@x.ca", "b@y.com"]);
    expect(parseEmailList("a@x.ca, nope")).toBeNull();
    expect(parseEmailList("")).toBeNull();
    expect(parseEmailList("1@x.ca 2@x.ca 3@x.ca 4@x.ca 5@x.ca 6@x.ca")).toBeNull();
  });

  it("emails a batch's labels through the queue: one message per address, the merged PDF attached, logged as sent", async () => {
    const { actor, business } = await payingBusiness("outbox1");
    const { labelledShipmentId } = await batchTargets(business);
    const shipment = await withTenant(actor, (tx) => tx.shipment.findFirstOrThrow({ where: { id: labelledShipmentId, businessId: actor.businessId } }));
    expect(await emailLabels(actor, { batchId: shipment.batchId, to: "desk@example.com, Boss@Example.com", format: "PDF_4X6", note: "Pickup at 3" }, "en")).toBe(2);
    expect((await emailLog(actor, { batchId: shipment.batchId })).filter((e) => e.kind === "LABELS" && e.status === "QUEUED")).toHaveLength(2);
    await drainJobs(["email"]);

    for (const to of ["desk@example.com", "boss@example.com"]) {
      const [mail] = await mailsTo(to);
      expect(mail!.subject).toMatch(/^Your labels for batch \d+ \(1 label\) from /);
      expect(mail!.text).toContain(shipment.trackingNumber!);
      expect(mail!.text).toContain("Pickup at 3");
      expect(mail!.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^labels-batch-\d+-4x6\.pdf$/)]);
      expect((await PDFDocument.load(mail!.attachments[0]!.content)).getPageCount()).toBe(1);
    }
    // Not batchTargets' failed one, nor the receipt of the purchase.
    const log = (await emailLog(actor, { batchId: shipment.batchId })).filter((e) => e.kind === "LABELS" && e.to !== "owner@example.com");
    expect(log.map((e) => [e.to, e.status, Boolean(e.sentAt && e.subject)]).sort()).toEqual([["boss@example.com", "SENT", true], ["desk@example.com", "SENT", true]]);
    // The job running again (a redelivery) sends nothing twice.
    for (const e of log) expect(await deliverEmail(actor, e.id)).toBe("already");
  });

  it("records a failure, retries, marks the email failed after the last attempt, and sends it again on request", async () => {
    const { actor, business } = await payingBusiness("outbox2");
    const { labelledShipmentId } = await batchTargets(business);
    const [id] = await withTenant(actor, (tx) =>
      tx.emailMessage.create({ data: { businessId: actor.businessId, kind: "LABELS", to: "later@example.com", locale: "fr", shipmentId: labelledShipmentId, params: { format: "PDF_LETTER" } } }).then((e) => [e.id]),
    );
    // The email job never draws a label: without the letter-size PDF stored, it cannot send.
    await expect(deliverEmail(actor, id!, { final: false })).rejects.toThrow(/not available/);
    const { batchId: labelledBatchId } = await withTenant(actor, (tx) => tx.shipment.findFirstOrThrow({ where: { id: labelledShipmentId, businessId: actor.businessId }, select: { batchId: true } }));
    await storeLabelPdfs(actor, labelledBatchId, "PDF_LETTER");
    // The mail server is down: nothing listens on port 9.
    const mailer = globalThis as unknown as { envoiMailer?: unknown };
    const useSmtp = (url: string) => {
      process.env.SMTP_URL = url;
      resetEnvForTests();
      mailer.envoiMailer = undefined;
    };
    useSmtp("smtp://127.0.0.1:9");
    try {
      await expect(deliverEmail(actor, id!, { final: false })).rejects.toThrow();
      let row = await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { id: id!, businessId: actor.businessId } }));
      expect(row).toMatchObject({ status: "QUEUED", attempts: 2 });
      expect(row.lastError).toBeTruthy();
      await expect(deliverEmail(actor, id!, { final: true })).rejects.toThrow();
      row = await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { id: id!, businessId: actor.businessId } }));
      expect(row).toMatchObject({ status: "FAILED", attempts: 3 });
    } finally {
      useSmtp(mailbox.url());
    }
    expect(await retryEmail(actor, id!)).toBe(true);
    await drainJobs(["email"]);
    const [mail] = await mailsTo("later@example.com");
    expect(mail!.subject).toMatch(/étiquette/i);
    expect(mail!.attachments[0]!.filename).toMatch(/letter\.pdf$/);
    const row = await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { id: id!, businessId: actor.businessId } }));
    expect(row).toMatchObject({ status: "SENT", attempts: 4, lastError: null });
    // Only a failed email can be retried, and only in its own business.
    expect(await retryEmail(actor, id!)).toBe(false);
    const other = await payingBusiness("outbox3");
    const { failedEmailId } = await batchTargets(other.business);
    expect(await retryEmail(actor, failedEmailId)).toBe(false);
  });

  it("refuses labels that are not issued and lists that are not emails, and keeps to its business", async () => {
    const { actor, business } = await payingBusiness("outbox4");
    const { batchId } = await batchTargets(business);
    await expect(emailLabels(actor, { batchId, to: "a@example.com", format: "PDF_4X6" }, "en")).rejects.toMatchObject({ code: "labelsNotIssued" });
    const other = await payingBusiness("outbox5");
    const theirs = await batchTargets(other.business);
    await expect(emailLabels(actor, { shipmentId: theirs.labelledShipmentId, to: "a@example.com", format: "PDF_4X6" }, "en")).rejects.toMatchObject({ code: "notFound" });
    await expect(emailLabels(actor, { batchId, to: "a@example.com, nope", format: "PDF_4X6" }, "en")).rejects.toMatchObject({ code: "emailListInvalid", field: "to" });
  });
});
