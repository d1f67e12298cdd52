-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'RECEIPT';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ShipmentStatus" ADD VALUE 'VOID_REQUESTED';
ALTER TYPE "ShipmentStatus" ADD VALUE 'REFUSED';

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "labelsError" TEXT;

-- AlterTable
ALTER TABLE "Pickup" ADD COLUMN     "carrier" TEXT NOT NULL DEFAULT 'reference';

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "carrier" TEXT,
ADD COLUMN     "carrierShipmentId" TEXT,
ADD COLUMN     "refusedReason" TEXT;

-- Every label issued so far came from the offline reference carrier.
UPDATE "Shipment" SET "carrier" = 'reference', "carrierShipmentId" = 'REF-' || "trackingNumber" WHERE "trackingNumber" IS NOT NULL;
