/**
 * "Print labels" of an open return template: `count` more labels issued by the carrier under one
 * print id, then that print's PDF. The print id comes with the form: the same form sent twice (a
 * double click, a retry) finds its labels already issued and issues none again. Nothing is charged
 * here: a label is paid when the carrier first scans it (scan.ts).
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import { AppError, FieldsError } from "@/lib/errors";
import { mergePdfs, renderLabelDocuments, type LabelData, type LabelFormat } from "@/lib/labels";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { issueOpenReturnLabels } from "./issue";
import { refusalOf } from "./templates";

/** Long enough for 50 labels from a live carrier, one call after another under its throttle. */
const PRINT_TIMEOUT_MS = 180_000;

export interface PrintRequest {
  openReturnId: string;
  count: number;
  printId: string;
}

/** Issues the print's labels once; returns how many the print holds. */
export async function printOpenReturnLabels(ctx: TenantContext, input: PrintRequest, now = new Date()): Promise<{ count: number }> {
  const row = await withTenant(ctx, (tx) => tx.openReturn.findFirst({ where: { id: input.openReturnId, businessId: ctx.businessId }, select: { id: true, carrier: true, carrierAccountId: true, status: true } }));
  if (!row) throw new AppError("notFound", `open return ${input.openReturnId}`);
  if (row.status === "RETIRED") throw new FieldsError("rating.problems", { count: { code: "openReturnRetired" } });
  const connector = await connectorFor(ctx, carrierOf(row.carrier), { now, accountId: row.carrierAccountId });
  return withTenant(
    ctx,
    async (tx) => {
      // One print at a time per template; then this print's labels, if an earlier submit made them.
      await tx.$executeRaw`SELECT id FROM "OpenReturn" WHERE id = ${row.id} FOR UPDATE`;
      const already = await tx.openReturnLabel.count({ where: { businessId: ctx.businessId, openReturnId: row.id, printId: input.printId } });
      if (already > 0) return { count: already };
      const fresh = await tx.openReturn.findFirstOrThrow({ where: { id: row.id, businessId: ctx.businessId }, select: { maxUses: true, labelsIssued: true } });
      const remaining = fresh.maxUses - fresh.labelsIssued;
      if (remaining <= 0) throw new FieldsError("rating.problems", { count: { code: "openReturnUsedUp", values: { max: fresh.maxUses } } });
      if (input.count > remaining) throw new FieldsError("openReturns.errors", { count: { code: "countOverRemaining", values: { remaining } } });
      const issued = await issueOpenReturnLabels(tx, ctx.businessId, connector, row.id, input.count);
      if (!issued.ok) throw refusalOf(issued.messages, "count");
      const numbers = issued.data.map((l) => l.trackingNumber);
      await tx.openReturnLabel.updateMany({ where: { businessId: ctx.businessId, openReturnId: row.id, trackingNumber: { in: numbers } }, data: { printId: input.printId, issuedAt: now } });
      await recordAudit(tx, ctx, { action: "openReturn.printed", entityType: "openReturn", entityId: row.id, details: { count: numbers.length, first: numbers[0] ?? "", last: numbers.at(-1) ?? "" } });
      return { count: numbers.length };
    },
    { timeoutMs: PRINT_TIMEOUT_MS },
  );
}

/** The PDF of one print's labels, in issue order: drawn in `format`, or the carrier's own PDFs as they came. Null when the print is not the business's. */
export async function openReturnPrintPdf(ctx: TenantContext, openReturnId: string, printId: string, format: LabelFormat, locale: "en" | "fr"): Promise<Uint8Array | null> {
  const labels = await withTenant(ctx, (tx) =>
    tx.openReturnLabel.findMany({
      where: { businessId: ctx.businessId, openReturnId, printId },
      orderBy: [{ issuedAt: "asc" }, { trackingNumber: "asc" }],
      select: { labelData: true, labelPdf: true },
    }),
  );
  if (labels.length === 0) return null;
  const drawn = labels.filter((l) => l.labelData).map((l) => ({ label: l.labelData as unknown as LabelData, locale }));
  const pdfs = labels.filter((l) => !l.labelData && l.labelPdf).map((l) => new Uint8Array(l.labelPdf!));
  const parts = [...(drawn.length ? [await renderLabelDocuments(drawn, format)] : []), ...pdfs];
  return parts.length === 1 ? parts[0]! : mergePdfs(parts);
}
