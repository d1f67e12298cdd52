-- CreateEnum
CREATE TYPE "PriceListType" AS ENUM ('CONSUMER', 'SMALL_BUSINESS');

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "priceListType" "PriceListType" NOT NULL DEFAULT 'SMALL_BUSINESS';
