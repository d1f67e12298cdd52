-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('DRAFT', 'PAYING', 'PAID', 'LABELLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('DRAFT', 'LABELLED', 'VOIDED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ACCOUNT', 'CARD');

-- CreateEnum
CREATE TYPE "AccountTransactionType" AS ENUM ('CHARGE', 'CREDIT', 'PAYMENT');

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "labelFormat" "LabelFormat" NOT NULL DEFAULT 'PDF_4X6',
    "paymentMethod" "PaymentMethod",
    "totalCents" INTEGER,
    "paidAt" TIMESTAMP(3),
    "paidById" TEXT,
    "labelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "ShipmentStatus" NOT NULL DEFAULT 'DRAFT',
    "locationId" TEXT,
    "contactId" TEXT,
    "saveContact" BOOLEAN NOT NULL DEFAULT false,
    "recipientName" TEXT NOT NULL DEFAULT '',
    "recipientCompany" TEXT,
    "recipientLine1" TEXT NOT NULL DEFAULT '',
    "recipientLine2" TEXT,
    "recipientCity" TEXT NOT NULL DEFAULT '',
    "recipientProvince" TEXT,
    "recipientPostalCode" TEXT,
    "recipientCountry" TEXT NOT NULL DEFAULT 'CA',
    "recipientPhone" TEXT,
    "recipientEmail" TEXT,
    "recipientTaxId" TEXT,
    "templateId" TEXT,
    "lengthMm" INTEGER,
    "widthMm" INTEGER,
    "heightMm" INTEGER,
    "weightGrams" INTEGER,
    "serviceCode" TEXT,
    "options" JSONB NOT NULL DEFAULT '{}',
    "postOffice" JSONB,
    "reference1" TEXT,
    "reference2" TEXT,
    "notifications" JSONB NOT NULL DEFAULT '[]',
    "customs" JSONB,
    "includeReturnLabel" BOOLEAN NOT NULL DEFAULT false,
    "quotes" JSONB,
    "ratedInputs" TEXT,
    "ratedAt" TIMESTAMP(3),
    "rateCents" INTEGER,
    "trackingNumber" TEXT,
    "returnTrackingNumber" TEXT,
    "labelData" JSONB,
    "labelledAt" TIMESTAMP(3),
    "voidedAt" TIMESTAMP(3),
    "voidedById" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountTransaction" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "type" "AccountTransactionType" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "batchId" TEXT,
    "shipmentId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelPdf" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "shipmentId" TEXT,
    "batchId" TEXT,
    "format" "LabelFormat" NOT NULL,
    "pdf" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelPdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Batch_businessId_status_createdAt_idx" ON "Batch"("businessId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_businessId_number_key" ON "Batch"("businessId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_trackingNumber_key" ON "Shipment"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_returnTrackingNumber_key" ON "Shipment"("returnTrackingNumber");

-- CreateIndex
CREATE INDEX "Shipment_batchId_position_idx" ON "Shipment"("batchId", "position");

-- CreateIndex
CREATE INDEX "Shipment_businessId_status_createdAt_idx" ON "Shipment"("businessId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Shipment_businessId_labelledAt_idx" ON "Shipment"("businessId", "labelledAt");

-- CreateIndex
CREATE INDEX "Shipment_searchText_idx" ON "Shipment" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AccountTransaction_businessId_createdAt_idx" ON "AccountTransaction"("businessId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTransaction_batchId_type_key" ON "AccountTransaction"("batchId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTransaction_shipmentId_type_key" ON "AccountTransaction"("shipmentId", "type");

-- CreateIndex
CREATE INDEX "LabelPdf_businessId_idx" ON "LabelPdf"("businessId");

-- CreateIndex
CREATE UNIQUE INDEX "LabelPdf_shipmentId_format_key" ON "LabelPdf"("shipmentId", "format");

-- CreateIndex
CREATE UNIQUE INDEX "LabelPdf_batchId_format_key" ON "LabelPdf"("batchId", "format");

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelPdf" ADD CONSTRAINT "LabelPdf_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelPdf" ADD CONSTRAINT "LabelPdf_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelPdf" ADD CONSTRAINT "LabelPdf_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new tenant tables (see 20261122000100_row_level_security).
ALTER TABLE "Batch" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Batch" FORCE ROW LEVEL SECURITY;
CREATE POLICY batch_tenant ON "Batch" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "Shipment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Shipment" FORCE ROW LEVEL SECURITY;
CREATE POLICY shipment_tenant ON "Shipment" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "AccountTransaction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountTransaction" FORCE ROW LEVEL SECURITY;
CREATE POLICY account_transaction_tenant ON "AccountTransaction" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "LabelPdf" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LabelPdf" FORCE ROW LEVEL SECURITY;
CREATE POLICY label_pdf_tenant ON "LabelPdf" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

-- The ledger is append-only for the app: a charge or a credit is never edited or removed.
REVOKE UPDATE, DELETE ON "AccountTransaction" FROM envoi_app;
-- Stored labels never change.
REVOKE UPDATE ON "LabelPdf" FROM envoi_app;

-- Tracking numbers: one sequence per kind, so a number is never issued twice, even after a void.
-- Domestic PINs: 15 digits + a check digit; USA/international UPU S10: 8-digit serial + check digit.
CREATE SEQUENCE tracking_pin_seq START WITH 1 MINVALUE 1 MAXVALUE 9999999999 NO CYCLE;
CREATE SEQUENCE tracking_s10_seq START WITH 1 MINVALUE 1 MAXVALUE 99999999 NO CYCLE;
GRANT USAGE, SELECT ON SEQUENCE tracking_pin_seq, tracking_s10_seq TO envoi_app;

-- Recovery of interrupted purchases: a system transaction that sets app.recovery = 'on' (and no
-- business) may list the batches that are paid but not yet labelled, across businesses; it then
-- finishes each one inside that business's own context (lib/batches/recover.ts).
CREATE POLICY batch_recovery_read ON "Batch" FOR SELECT USING (
  current_setting('app.recovery', true) = 'on' AND "status" = 'PAID'
);
