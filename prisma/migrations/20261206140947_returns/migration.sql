-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('REQUESTED', 'REFUSED', 'ISSUED', 'IN_TRANSIT', 'ARRIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReturnPayer" AS ENUM ('BUSINESS', 'CUSTOMER');

-- AlterTable
ALTER TABLE "BusinessSettings" ADD COLUMN     "returnPayer" "ReturnPayer" NOT NULL DEFAULT 'BUSINESS',
ADD COLUMN     "returnReasons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "returnWindowDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "returnsNeedApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "returnsPageEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "items" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Return" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'ISSUED',
    "source" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "items" JSONB NOT NULL DEFAULT '[]',
    "customerEmail" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "payer" "ReturnPayer" NOT NULL DEFAULT 'BUSINESS',
    "carrier" TEXT,
    "carrierShipmentId" TEXT,
    "carrierAccountId" TEXT,
    "carrierMode" TEXT,
    "serviceCode" TEXT,
    "trackingNumber" TEXT,
    "labelData" JSONB,
    "labelPdf" BYTEA,
    "estimatedCents" INTEGER,
    "chargedCents" INTEGER,
    "chargedAt" TIMESTAMP(3),
    "accessTokenHash" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "refusedReason" TEXT,
    "issuedAt" TIMESTAMP(3),
    "scannedAt" TIMESTAMP(3),
    "arrivedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Return_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Return_trackingNumber_key" ON "Return"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Return_accessTokenHash_key" ON "Return"("accessTokenHash");

-- CreateIndex
CREATE INDEX "Return_businessId_status_createdAt_idx" ON "Return"("businessId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Return_shipmentId_idx" ON "Return"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Return_businessId_number_key" ON "Return"("businessId", "number");

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security
ALTER TABLE "Return" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Return" FORCE ROW LEVEL SECURITY;
CREATE POLICY return_tenant ON "Return" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
