-- CreateEnum
CREATE TYPE "OpenReturnStatus" AS ENUM ('ACTIVE', 'RETIRED');

-- AlterTable
ALTER TABLE "AccountTransaction" ADD COLUMN     "openReturnLabelId" TEXT;

-- CreateTable
CREATE TABLE "OpenReturn" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "carrierAccountId" TEXT,
    "carrierMode" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "locationId" TEXT,
    "serviceCode" TEXT NOT NULL,
    "weightGrams" INTEGER NOT NULL,
    "lengthMm" INTEGER NOT NULL,
    "widthMm" INTEGER NOT NULL,
    "heightMm" INTEGER NOT NULL,
    "maxUses" INTEGER NOT NULL,
    "labelsIssued" INTEGER NOT NULL DEFAULT 0,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "estimatedCents" INTEGER NOT NULL,
    "labelTemplate" JSONB NOT NULL,
    "status" "OpenReturnStatus" NOT NULL DEFAULT 'ACTIVE',
    "retiredAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenReturnLabel" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "openReturnId" TEXT NOT NULL,
    "trackingNumber" TEXT NOT NULL,
    "carrierShipmentId" TEXT,
    "labelData" JSONB,
    "labelPdf" BYTEA,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scannedAt" TIMESTAMP(3),
    "arrivedAt" TIMESTAMP(3),
    "chargedCents" INTEGER,
    "chargedAt" TIMESTAMP(3),

    CONSTRAINT "OpenReturnLabel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OpenReturn_businessId_status_createdAt_idx" ON "OpenReturn"("businessId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OpenReturn_carrier_templateId_key" ON "OpenReturn"("carrier", "templateId");

-- CreateIndex
CREATE UNIQUE INDEX "OpenReturnLabel_trackingNumber_key" ON "OpenReturnLabel"("trackingNumber");

-- CreateIndex
CREATE INDEX "OpenReturnLabel_openReturnId_issuedAt_idx" ON "OpenReturnLabel"("openReturnId", "issuedAt");

-- CreateIndex
CREATE INDEX "OpenReturnLabel_businessId_scannedAt_idx" ON "OpenReturnLabel"("businessId", "scannedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountTransaction_openReturnLabelId_type_key" ON "AccountTransaction"("openReturnLabelId", "type");

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_openReturnLabelId_fkey" FOREIGN KEY ("openReturnLabelId") REFERENCES "OpenReturnLabel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenReturn" ADD CONSTRAINT "OpenReturn_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenReturnLabel" ADD CONSTRAINT "OpenReturnLabel_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenReturnLabel" ADD CONSTRAINT "OpenReturnLabel_openReturnId_fkey" FOREIGN KEY ("openReturnId") REFERENCES "OpenReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: each business sees only its own open returns and their labels.
ALTER TABLE "OpenReturn" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OpenReturn" FORCE ROW LEVEL SECURITY;
CREATE POLICY open_return_tenant ON "OpenReturn" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
ALTER TABLE "OpenReturnLabel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OpenReturnLabel" FORCE ROW LEVEL SECURITY;
CREATE POLICY open_return_label_tenant ON "OpenReturnLabel" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
