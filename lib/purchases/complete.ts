/**
 * The "complete purchase" job, queued in the payment's transaction (commit.ts): everything after
 * the money, in one direction and once.
 * 1. Each shipment still to buy is bought from the carrier that quoted it (through its connector):
 *    tracking numbers, the carrier's id, its label (a PDF it drew, or the data Envoi draws from).
 * 2. The answers are stored in one transaction: issued shipments become labels; a shipment the
 *    carrier refused is marked with its reason and its price goes back at once (account credit,
 *    or a card refund).
 * 3. The labels are drawn once, cut per shipment and stored with the batch's merged PDF.
 * 4. The batch is marked labelled and the receipt (and the labels, if the business's defaults
 *    ask) are written to the outbox.
 * Run again after any interruption, it resumes where it stopped: nothing is bought, stored,
 * credited or emailed twice. One run per batch at a time (a session lock).
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import type { CarrierConnector, CarrierId, CarrierMessage, IssuedShipment } from "@/lib/carriers/types";
import { loadBatch, lockBatch } from "@/lib/batches/load";
import { searchTextOf } from "@/lib/batches/search-text";
import type { Tx } from "@/lib/db/client";
import type { Prisma, Shipment } from "@/lib/db/generated/client";
import { withSessionLock } from "@/lib/db/session-lock";
import { recordEmails, type NewEmail } from "@/lib/email/outbox";
import { recipientLocale } from "@/lib/email/recipient-locale";
import { withEncodedMatrix } from "@/lib/labels";
import { creditAccount } from "@/lib/payments/ledger";
import { recordCardRefund, sendRefund } from "@/lib/payments/refunds";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { FORMAT_OF, storeLabelPdfs, type Renderer } from "@/lib/shipments/label-pdfs";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { emitBatchLabelled, emitShipmentPurchased } from "@/lib/webhooks/emitters";

export interface CompleteOptions {
  render?: Renderer;
  /** The connector for a carrier (tests put a refusing carrier here); the business's own by default. */
  connector?: (carrier: CarrierId) => CarrierConnector | Promise<CarrierConnector>;
  /** How many labels are bought from carriers at once. */
  concurrency?: number;
}

export type CompleteOutcome = "completed" | "already" | "busy" | "missing";

const RETRYABLE = new Set(["carrierFailed", "carrierBusy", "carrierUnavailable", "carrierAuthFailed"]);

/** Carrier calls that failed on the carrier's or the network's side: the job is retried for these. */
export class CarrierUnavailableError extends Error {
  constructor(readonly failed: number, detail: string) {
    super(`${failed} label(s) not bought yet: ${detail}`);
    this.name = "CarrierUnavailableError";
  }
}

type Bought = { row: Shipment; issued: IssuedShipment } | { row: Shipment; refused: CarrierMessage } | { row: Shipment; failed: string };

export async function completePurchase(ctx: TenantContext, batchId: string, options: CompleteOptions = {}): Promise<CompleteOutcome> {
  const run = await withSessionLock(`purchase:${batchId}`, () => complete(ctx, batchId, options));
  return run.locked ? run.value : "busy";
}

async function complete(ctx: TenantContext, batchId: string, options: CompleteOptions): Promise<CompleteOutcome> {
  const loaded = await withTenant(ctx, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { id: true, number: true, status: true, labelFormat: true } });
    if (!batch) return null;
    const toBuy = batch.status === "PAID" ? await tx.shipment.findMany({ where: { batchId, businessId: ctx.businessId, status: "DRAFT" }, orderBy: { position: "asc" } }) : [];
    const locale = (await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { locale: true } }))?.locale ?? "en";
    return { batch, toBuy, locale };
  });
  if (!loaded) return "missing";
  if (loaded.batch.status === "LABELLED") return "already";
  if (loaded.batch.status !== "PAID") return "missing";
  const { batch, toBuy, locale } = loaded;
  try {
    const bought = await buyLabels(ctx, toBuy, FORMAT_OF[batch.labelFormat], locale, options);
    const refundIds = await storeBought(ctx, batchId, batch.labelFormat, bought);
    for (const id of refundIds) await sendRefund(ctx, id);
    const failed = bought.filter((b): b is Extract<Bought, { failed: string }> => "failed" in b);
    if (failed.length > 0) throw new CarrierUnavailableError(failed.length, failed[0]!.failed);
    await storeLabelPdfs(ctx, batchId, batch.labelFormat, { render: options.render });
    await finish(ctx, batchId);
    return "completed";
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await withTenant(ctx, (tx) => tx.batch.updateMany({ where: { id: batchId, businessId: ctx.businessId, status: "PAID" }, data: { labelsError: message.slice(0, 500) } })).catch(() => undefined);
    throw e;
  }
}

/** Buys each label from its carrier, a few at a time; never throws for one label's failure. */
async function buyLabels(ctx: TenantContext, rows: Shipment[], format: "thermal4x6" | "letter", locale: "en" | "fr", options: CompleteOptions): Promise<Bought[]> {
  // One connector per carrier and account, made once (the account that bought the quote buys the label).
  const connectors = new Map<string, Promise<CarrierConnector>>();
  const connectorOf = (row: Shipment) => {
    const carrier = carrierOf(row.carrier);
    const key = `${carrier}:${row.carrierAccountId ?? ""}`;
    if (!connectors.has(key)) connectors.set(key, Promise.resolve(options.connector ? options.connector(carrier) : connectorFor(ctx, carrier, { locale, accountId: row.carrierAccountId })));
    return connectors.get(key)!;
  };
  const out: Bought[] = new Array(rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const i = next++;
      out[i] = await buyOne(rows[i]!, connectorOf, format, locale);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, rows.length) }, worker));
  return out;
}

async function buyOne(row: Shipment, connectorOf: (row: Shipment) => Promise<CarrierConnector>, format: "thermal4x6" | "letter", locale: "en" | "fr"): Promise<Bought> {
  const snapshot = row.labelData as unknown as LabelSnapshot | null;
  if (!snapshot) return { row, failed: `shipment ${row.id} has no frozen label` };
  try {
    const connector = await connectorOf(row);
    if (!connector.createShipment) return { row, failed: `carrier ${connector.id} does not sell labels` };
    // The frozen label has no tracking number yet (""): the carrier gives it.
    const answer = await connector.createShipment({ reference: row.id, label: snapshot.label, returnLabel: row.includeReturnLabel, quote: snapshot.quote, format, locale });
    if (answer.data) return { row, issued: answer.data };
    // The carrier could not be reached (or was busy, or refused the account's credentials): try again later; anything else is its refusal of this label.
    const refusal = answer.messages.find((m) => !RETRYABLE.has(m.problem.code));
    if (refusal) return { row, refused: refusal };
    return { row, failed: answer.messages[0]?.detail ?? "no answer from the carrier" };
  } catch (e) {
    return { row, failed: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Stores the carriers' answers in one transaction, with the batch locked: issued shipments become
 * labels, refused ones get their price back. Returns the card refunds to send after the commit.
 */
async function storeBought(ctx: TenantContext, batchId: string, format: "PDF_4X6" | "PDF_LETTER", bought: Bought[]): Promise<string[]> {
  const answered = bought.filter((b) => !("failed" in b));
  if (answered.length === 0) return [];
  return withTenant(
    ctx,
    async (tx) => {
      await lockBatch(tx, ctx.businessId, batchId);
      const batch = await loadBatch(tx, ctx.businessId, batchId);
      const refunds: string[] = [];
      const now = new Date();
      for (const b of answered) {
        // Guarded: a shipment stored by an earlier run is left as it is.
        if ("issued" in b) await storeIssued(tx, ctx, b.row, b.issued, format, now);
        else if ("refused" in b) {
          const refund = await storeRefused(tx, ctx, b.row, b.refused, batch.paymentMethod, batch.number);
          if (refund) refunds.push(refund);
        }
      }
      return refunds;
    },
    { timeoutMs: 30_000 },
  );
}

async function storeIssued(tx: Tx, ctx: TenantContext, row: Shipment, issued: IssuedShipment, format: "PDF_4X6" | "PDF_LETTER", now: Date) {
  const snapshot = row.labelData as unknown as LabelSnapshot;
  const drawn = issued.label.kind === "draw" ? issued.label : null;
  // Labels Envoi draws get their 2-D barcode encoded once, here: every later drawing reuses it.
  const labelData: LabelSnapshot = {
    ...snapshot,
    label: drawn ? withEncodedMatrix(drawn.label) : { ...snapshot.label, trackingNumber: issued.trackingNumber },
    returnLabel: drawn?.returnLabel ? withEncodedMatrix(drawn.returnLabel) : null,
  };
  const updated = await tx.shipment.updateMany({
    where: { id: row.id, businessId: ctx.businessId, status: "DRAFT" },
    data: {
      status: "LABELLED",
      labelledAt: now,
      trackingNumber: issued.trackingNumber,
      returnTrackingNumber: issued.returnTrackingNumber,
      carrierShipmentId: issued.carrierShipmentId,
      labelData: labelData as unknown as Prisma.InputJsonValue,
      searchText: searchTextOf(draftFromRow(row), issued.trackingNumber),
      trackingStatus: "CREATED",
    },
  });
  if (updated.count === 1) await emitShipmentPurchased(tx, ctx.businessId, row.id);
  // A label the carrier drew itself is stored as it came.
  if (updated.count === 1 && issued.label.kind === "pdf") {
    await tx.labelPdf.createMany({ data: [{ businessId: ctx.businessId, shipmentId: row.id, format, pdf: Buffer.from(issued.label.pdf) }], skipDuplicates: true });
  }
}

async function storeRefused(tx: Tx, ctx: TenantContext, row: Shipment, refusal: CarrierMessage, method: "ACCOUNT" | "CARD" | "CARRIER" | "TEST" | null, batchNumber: number): Promise<string | null> {
  // The carrier's own words when it gave some; else our problem (code and values), said in each reader's language.
  const reason = refusal.text ?? JSON.stringify(refusal.problem);
  const updated = await tx.shipment.updateMany({ where: { id: row.id, businessId: ctx.businessId, status: "DRAFT" }, data: { status: "REFUSED", refusedReason: reason.slice(0, 500) } });
  if (updated.count === 0) return null;
  const amount = row.rateCents ?? 0;
  await recordAudit(tx, ctx, { action: "shipment.refused", entityType: "Shipment", entityId: row.id, details: { carrier: refusal.carrier, reason, amountCents: amount, method, recipient: row.recipientName || row.recipientCompany || "", batchNumber } });
  // Bought with the business's own carrier account, or with a test key: nothing was charged here, nothing to return.
  if (amount === 0 || method === "CARRIER" || method === "TEST") return null;
  if (method === "CARD") return recordCardRefund(tx, ctx.businessId, row.batchId, row.id, amount);
  await creditAccount(tx, { businessId: ctx.businessId, type: "CREDIT", amountCents: amount, createdById: null, link: { shipmentId: row.id } });
  return null;
}

/** The batch labelled, and its emails written to the outbox, once (the batch lock and its status decide). */
async function finish(ctx: TenantContext, batchId: string): Promise<void> {
  const wanted = await withTenant(ctx, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { paidById: true, labelFormat: true } });
    const settings = await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { emailLabels: true, emailLabelsTo: true, locale: true } });
    const payer = batch?.paidById ? await tx.membership.findFirst({ where: { businessId: ctx.businessId, userId: batch.paidById }, select: { user: { select: { email: true } } } }) : null;
    return { batch, settings, payerEmail: payer?.user.email ?? null };
  });
  const businessLocale = wanted.settings?.locale ?? "en";
  const emails: NewEmail[] = [];
  if (wanted.payerEmail) emails.push({ kind: "RECEIPT", to: wanted.payerEmail, locale: await recipientLocale(wanted.payerEmail, businessLocale), batchId, createdById: wanted.batch?.paidById ?? null });
  const labelsTo = wanted.settings?.emailLabels ? wanted.settings.emailLabelsTo || wanted.payerEmail : null;
  if (labelsTo && wanted.batch) {
    emails.push({ kind: "LABELS", to: labelsTo, locale: await recipientLocale(labelsTo, businessLocale), batchId, params: { format: wanted.batch.labelFormat, automatic: true }, createdById: wanted.batch.paidById });
  }

  await withTenant(ctx, async (tx) => {
    await lockBatch(tx, ctx.businessId, batchId);
    const batch = await loadBatch(tx, ctx.businessId, batchId);
    if (batch.status !== "PAID") return;
    const issued = await tx.shipment.count({ where: { batchId, businessId: ctx.businessId, status: "LABELLED" } });
    await tx.batch.update({ where: { id: batchId }, data: { status: "LABELLED", labelledAt: new Date(), labelsError: null } });
    await recordAudit(tx, ctx, { action: "batch.labelled", entityType: "Batch", entityId: batchId, details: { number: batch.number, shipments: issued } });
    await emitBatchLabelled(tx, ctx.businessId, batchId);
    // Nothing issued (every label refused): no labels to send; the receipt still says what was returned.
    await recordEmails(tx, ctx.businessId, issued > 0 ? emails : emails.filter((e) => e.kind === "RECEIPT"));
  });
}
