-- AlterTable
ALTER TABLE "BusinessSettings" ADD COLUMN     "packingSlipNote" TEXT,
ADD COLUMN     "packingSlips" BOOLEAN NOT NULL DEFAULT false;
