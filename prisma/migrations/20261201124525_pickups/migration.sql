-- CreateEnum
CREATE TYPE "PickupStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'PICKUP';

-- AlterTable
ALTER TABLE "AccountTransaction" ADD COLUMN     "pickupId" TEXT;

-- CreateTable
CREATE TABLE "Pickup" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "locationId" TEXT,
    "company" TEXT,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "readyTime" TEXT NOT NULL,
    "closingTime" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "instructions" TEXT,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "parcels" INTEGER NOT NULL,
    "totalWeightGrams" INTEGER NOT NULL,
    "heavy" BOOLEAN NOT NULL DEFAULT false,
    "confirmationNumber" TEXT NOT NULL,
    "feeCents" INTEGER NOT NULL DEFAULT 0,
    "taxCents" INTEGER NOT NULL DEFAULT 0,
    "totalCents" INTEGER NOT NULL DEFAULT 0,
    "status" "PickupStatus" NOT NULL DEFAULT 'SCHEDULED',
    "batchId" TEXT,
    "createdById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pickup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Pickup_confirmationNumber_key" ON "Pickup"("confirmationNumber");

-- CreateIndex
CREATE INDEX "Pickup_businessId_date_idx" ON "Pickup"("businessId", "date");

-- CreateIndex
CREATE INDEX "AccountTransaction_pickupId_idx" ON "AccountTransaction"("pickupId");

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_pickupId_fkey" FOREIGN KEY ("pickupId") REFERENCES "Pickup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pickup" ADD CONSTRAINT "Pickup_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a pickup belongs to one business.
ALTER TABLE "Pickup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Pickup" FORCE ROW LEVEL SECURITY;
CREATE POLICY pickup_tenant ON "Pickup" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
