-- CreateEnum
CREATE TYPE "CarrierMode" AS ENUM ('SANDBOX', 'PRODUCTION');

-- AlterEnum
ALTER TYPE "PaymentMethod" ADD VALUE 'CARRIER';

-- AlterTable
ALTER TABLE "Pickup" ADD COLUMN     "carrierAccountId" TEXT;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "carrierAccountId" TEXT,
ADD COLUMN     "carrierMode" TEXT;

-- CreateTable
CREATE TABLE "CarrierAccount" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "mode" "CarrierMode" NOT NULL,
    "credentials" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "usernameHint" TEXT NOT NULL,
    "customerNumber" TEXT NOT NULL,
    "contractNumber" TEXT,
    "moboCustomerNumber" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CarrierAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CarrierCall" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CarrierCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CarrierAccount_businessId_carrier_key" ON "CarrierAccount"("businessId", "carrier");

-- CreateIndex
CREATE INDEX "CarrierCall_key_at_idx" ON "CarrierCall"("key", "at");

-- AddForeignKey
ALTER TABLE "CarrierAccount" ADD CONSTRAINT "CarrierAccount_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_carrierAccountId_fkey" FOREIGN KEY ("carrierAccountId") REFERENCES "CarrierAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every label issued so far came from the offline reference carrier.
UPDATE "Shipment" SET "carrierMode" = 'reference' WHERE "carrier" = 'reference';

-- Row-level security: a business sees only its own carrier accounts.
ALTER TABLE "CarrierAccount" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CarrierAccount" FORCE ROW LEVEL SECURITY;
CREATE POLICY carrier_account_tenant ON "CarrierAccount" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

-- The throttle's log is shared by every business using one API key (not tenant data).
GRANT USAGE, SELECT ON SEQUENCE "CarrierCall_id_seq" TO envoi_app;
