-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "contractNumber" TEXT;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "groupId" TEXT,
ADD COLUMN     "manifestId" TEXT,
ADD COLUMN     "transmittedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Manifest" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "carrierAccountId" TEXT,
    "carrierMode" TEXT NOT NULL,
    "carrierManifestId" TEXT NOT NULL,
    "locationId" TEXT,
    "groupIds" TEXT[],
    "date" TEXT NOT NULL,
    "shipmentCount" INTEGER NOT NULL,
    "totalWeightGrams" INTEGER NOT NULL,
    "totalCents" INTEGER,
    "pdf" BYTEA NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Manifest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Manifest_businessId_createdAt_idx" ON "Manifest"("businessId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Manifest_businessId_carrier_carrierManifestId_key" ON "Manifest"("businessId", "carrier", "carrierManifestId");

-- CreateIndex
CREATE INDEX "Shipment_businessId_locationId_transmittedAt_idx" ON "Shipment"("businessId", "locationId", "transmittedAt");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_manifestId_fkey" FOREIGN KEY ("manifestId") REFERENCES "Manifest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Manifest" ADD CONSTRAINT "Manifest_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security
ALTER TABLE "Manifest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Manifest" FORCE ROW LEVEL SECURITY;
CREATE POLICY manifest_tenant ON "Manifest" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
