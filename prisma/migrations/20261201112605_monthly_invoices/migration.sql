-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('OPEN', 'PAID');

-- AlterTable
ALTER TABLE "AccountTransaction" ADD COLUMN     "invoiceId" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "invoiceId" TEXT;

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "chargesCents" INTEGER NOT NULL,
    "creditsCents" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'OPEN',
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_businessId_period_key" ON "Invoice"("businessId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_businessId_number_key" ON "Invoice"("businessId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTransaction_invoiceId_type_key" ON "AccountTransaction"("invoiceId", "type");

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new tenant table (see 20261122000100_row_level_security).
ALTER TABLE "Invoice" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invoice" FORCE ROW LEVEL SECURITY;
CREATE POLICY invoice_tenant ON "Invoice" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
REVOKE DELETE ON "Invoice" FROM envoi_app;

-- Issuing invoices: a system transaction that sets app.billing = 'on' (and no business) may list
-- the ids of the businesses with account transactions; it then issues each business's invoice in
-- that business's own context (lib/payments/invoices.ts).
CREATE POLICY account_transaction_billing_read ON "AccountTransaction" FOR SELECT USING (current_setting('app.billing', true) = 'on');

-- Sending refunds again after an outage: the recovery setting may list pending refunds (ids and
-- their business) across businesses (lib/payments/refund-retry.ts).
CREATE POLICY refund_recovery_read ON "Refund" FOR SELECT USING (current_setting('app.recovery', true) = 'on' AND "status" = 'PENDING');
